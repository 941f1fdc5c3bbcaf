package io.atelier.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A supervisor reports on a desk's fitting with a material lot, then reads the operation history and the genealogy of
 * the order and of the lot (docs/shopfloor.md, "Traceability").
 */
class TraceabilityBrowserTests extends BrowserTest {

	@Test
	void aSupervisorReadsTheOperationHistoryAndTheGenealogyOfTheOrderAndTheLot() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
			.setViewportSize(1440, 900));
		BrowserContext planning = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
		Map<?, ?> released = releasedDesk(signIn(planning, "planner", "Home"));
		planning.close();
		Page page = signIn(context, "supervisor", "Home");
		try {
			String lot = "LOT-" + System.nanoTime();
			reported(page, ((Number) released.get("operationId")).intValue(), lot);
			page.navigate("http://localhost:" + port + "/shop-floor/operations/" + released.get("operationId") + "/history");
			assertThat(page.getByTestId("page-title")).containsText("/OP-");
			assertThat(page.getByTestId("history-sessions")).containsText("supervisor");
			assertThat(page.getByTestId("history-sessions")).containsText("换刀 tool change");
			assertThat(page.getByTestId("history-reports")).containsText("QUANTITY");
			assertThat(page.locator(".operation-history")).containsText(lot);
			screenshot(page, "operation-history-en");

			page.navigate("http://localhost:" + port + "/shop-floor/genealogy?order=" + released.get("orderId"));
			assertThat(page.getByTestId("genealogy-backward")).containsText(lot);
			assertThat(page.getByTestId("genealogy-backward")).containsText("PRD-DESK-1200");
			screenshot(page, "genealogy-order-en");

			page.getByTestId("genealogy-order").fill("");
			page.getByTestId("genealogy-lot").fill(lot);
			page.getByTestId("genealogy-lot").press("Enter");
			assertThat(page.getByTestId("genealogy-forward")).containsText((String) released.get("orderNumber"));
			screenshot(page, "genealogy-lot-en");
		}
		catch (AssertionError | RuntimeException failure) {
			screenshot(page, "failure-traceability");
			throw failure;
		}
		finally {
			context.close();
		}
	}

	@Test
	void aPlannerDefinesTheProcessParametersOfARoutingStep() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
			.setViewportSize(1440, 900));
		Page page = signIn(context, "planner", "首页");
		try {
			Object routingId = page.evaluate("""
					async () => {
					  const csrf = decodeURIComponent(document.cookie.match(/XSRF-TOKEN=([^;]+)/)[1])
					  const headers = { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf }
					  const call = async (method, url, body) => {
					    const response = await fetch(url, { method, headers, body: body && JSON.stringify(body) })
					    if (response.status >= 300) throw new Error(url + ' ' + response.status + ' ' + await response.text())
					    return response.json()
					  }
					  const machine = (await call('GET', '/api/machines?size=1')).items[0]
					  const item = await call('POST', '/api/items', { code: 'WELD-' + Date.now(), name: '焊接件 Welded part',
					    type: 'PART', unit: 'PCS', procurement: 'MAKE' })
					  const routing = await call('POST', '/api/routings', { itemId: item.id, steps: [{ stepNo: 10,
					    name: '焊接 Weld', workCenterId: machine.workCenterId,
					    machines: [{ machineId: machine.id, runMinutesPerUnit: 2 }] }] })
					  return routing.id
					}""");
			page.navigate("http://localhost:" + port + "/routings/" + routingId);
			page.getByTestId("step-spec-10").getByText("本工序的现场记录").click();
			page.getByTestId("step-spec-add").click();
			page.getByTestId("step-parameter-code-0").fill("temp");
			page.getByTestId("step-parameter-name-0").fill("温度");
			page.getByTestId("step-parameter-max-0").fill("220");
			page.getByTestId("step-spec-save").click();
			assertThat(page.getByText("参数已保存")).isVisible();
			screenshot(page, "routing-step-parameters-zh-CN");

			page.reload();
			page.getByTestId("step-spec-10").getByText("本工序的现场记录").click();
			assertThat(page.getByTestId("step-parameter-code-0")).hasValue("temp");
			assertThat(page.getByTestId("step-parameter-max-0")).hasValue("220");
		}
		catch (AssertionError | RuntimeException failure) {
			screenshot(page, "failure-routing-step-parameters");
			throw failure;
		}
		finally {
			context.close();
		}
	}

	/** A planner's released order of 2 desks: its id, number and the fitting operation of its desk. */
	private static Map<?, ?> releasedDesk(Page page) {
		return (Map<?, ?>) page.evaluate("""
				async ([requestedDate]) => {
				  const csrf = decodeURIComponent(document.cookie.match(/XSRF-TOKEN=([^;]+)/)[1])
				  const headers = { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf }
				  const call = async (method, url, body) => {
				    const response = await fetch(url, { method, headers, body: body && JSON.stringify(body) })
				    if (response.status >= 300) throw new Error(url + ' ' + response.status + ' ' + await response.text())
				    return response.json()
				  }
				  const customers = await call('GET', '/api/customers?q=C-MUJIAN')
				  let order = await call('POST', '/api/orders', { customerId: customers.items[0].id, requestedDate,
				    priority: 'NORMAL', lines: [{ itemCode: 'PRD-DESK-1200', quantity: 2 }] })
				  for (const action of ['confirm', 'release']) {
				    order = await call('POST', '/api/orders/' + order.id + '/' + action, { version: order.version })
				  }
				  const workOrders = await call('GET', '/api/orders/' + order.id + '/work-orders')
				  return { orderId: order.id, orderNumber: order.orderNumber, operationId: workOrders[0].operations[0].id }
				}""", List.of(LocalDate.now().plusDays(20).toString()));
	}

	/** The supervisor starts, pauses, resumes and reports the operation, and records a material lot. */
	private static Map<?, ?> reported(Page page, int operationId, String lot) {
		return (Map<?, ?>) page.evaluate("""
				async ([operationId, lot]) => {
				  const csrf = decodeURIComponent(document.cookie.match(/XSRF-TOKEN=([^;]+)/)[1])
				  const headers = { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf }
				  const call = async (method, url, body) => {
				    const response = await fetch(url, { method, headers, body: body && JSON.stringify(body) })
				    if (response.status >= 300) throw new Error(url + ' ' + response.status + ' ' + await response.text())
				    return response.json()
				  }
				  const deviceId = 'BROWSER-' + crypto.randomUUID()
				  let seq = 0
				  const report = (kind, extra) => call('POST', '/api/shopfloor/reports', { eventId: crypto.randomUUID(),
				    deviceId, deviceSeq: ++seq, operationId, kind, occurredAt: new Date().toISOString(), ...extra })
				  await report('START')
				  await report('PAUSE', { pauseReason: '换刀 tool change' })
				  await report('RESUME')
				  await report('QUANTITY', { good: 1 })
				  const material = await call('GET', '/api/items?procurement=BUY&size=1')
				  return call('POST', '/api/shopfloor/operations/' + operationId + '/lots',
				    { itemCode: material.items[0].code, lotNumber: lot, quantity: 1 })
				}""", List.of(operationId, lot));
	}
}
