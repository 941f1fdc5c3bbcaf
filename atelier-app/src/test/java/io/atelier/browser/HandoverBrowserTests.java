package io.atelier.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * On a phone, an operator of the assembly workshop hands 3 desks over to packing; a supervisor of packing counts 2
 * and confirms with their password; the discrepancy shows on the supervisors' page (docs/shopfloor.md, "Handovers").
 */
class HandoverBrowserTests extends BrowserTest {

	private static final Browser.NewContextOptions PHONE = new Browser.NewContextOptions().setLocale("en")
		.setViewportSize(390, 844)
		.setIsMobile(true)
		.setHasTouch(true);

	@Test
	void anOperatorScansOutOnAPhoneAndTheReceiverScansInWithTheirPassword() {
		BrowserContext sending = browser.newContext(PHONE);
		BrowserContext receiving = browser.newContext(PHONE);
		BrowserContext planning = browser.newContext(new Browser.NewContextOptions().setLocale("en"));
		Page operator = signIn(sending, "operator", "My tasks");
		Page supervisor = signIn(receiving, "supervisor", "Home");
		try {
			Map<?, ?> desk = releasedDesk(signIn(planning, "planner", "Home"));
			Number fit = (Number) desk.get("fit");
			fitted(operator, fit.longValue());

			operator.getByTestId("phone-handovers").click(); // from "my tasks", where the operator signed in
			choose(operator, "Assembly");
			operator.getByTestId("handover-direction").getByText("Outgoing").click();
			operator.getByTestId("scan-out-code").fill("ATL:OP:" + fit);
			operator.getByTestId("scan-out-quantity").locator("input").fill("3");
			operator.getByTestId("scan-out-submit").click();
			Locator sent = operator.locator(".handover-card", new Page.LocatorOptions().setHasText(desk.get("number") + "/OP-10"));
			assertThat(sent).containsText("In transit");
			screenshot(operator, "handover-scan-out-en");

			supervisor.navigate("http://localhost:" + port + "/m/handovers");
			choose(supervisor, "Packing");
			Locator incoming = supervisor.locator(".handover-card", new Page.LocatorOptions().setHasText(desk.get("number") + "/OP-10"));
			incoming.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Receive")).click();
			Locator form = supervisor.getByTestId("scan-in");
			form.getByTestId("scan-in-counted").locator("input").fill("2");
			form.getByTestId("scan-in-password").fill("wrong");
			form.getByTestId("scan-in-submit").click();
			assertThat(form).containsText("the password is wrong");
			form.getByTestId("scan-in-password").fill("demo");
			screenshot(supervisor, "handover-scan-in-en");
			form.getByTestId("scan-in-submit").click();
			assertThat(incoming).containsText("Received");
			assertThat(incoming).containsText("supervisor");

			supervisor.navigate("http://localhost:" + port + "/shop-floor/discrepancies");
			Locator row = supervisor.getByTestId("discrepancies").locator("tbody tr",
					new Locator.LocatorOptions().setHasText((String) desk.get("number")));
			assertThat(row).containsText("-1");
			assertThat(row).containsText("operator");
			screenshot(supervisor, "handover-discrepancies-en");
		}
		catch (AssertionError | RuntimeException failure) {
			screenshot(operator, "failure-handover-operator");
			screenshot(supervisor, "failure-handover-supervisor");
			throw failure;
		}
		finally {
			sending.close();
			receiving.close();
			planning.close();
		}
	}

	private static void choose(Page page, String workshop) {
		page.getByTestId("handover-workshop").click();
		page.locator(".el-select-dropdown__item", new Page.LocatorOptions().setHasText(workshop)).click();
	}

	/** A released order of 3 desks through the API in the planner's session: the desk work order and its fitting. */
	private static Map<?, ?> releasedDesk(Page planner) {
		Map<?, ?> desk = (Map<?, ?>) planner.evaluate("""
				async ([requestedDate]) => {
				  const csrf = decodeURIComponent(document.cookie.match(/XSRF-TOKEN=([^;]+)/)[1])
				  const headers = { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf }
				  const customers = await (await fetch('/api/customers?q=C-MUJIAN')).json()
				  let order = await (await fetch('/api/orders', { method: 'POST', headers, body: JSON.stringify({
				    customerId: customers.items[0].id, requestedDate, priority: 'NORMAL',
				    lines: [{ itemCode: 'PRD-DESK-1200', quantity: 3 }] }) })).json()
				  for (const action of ['confirm', 'release']) {
				    const response = await fetch('/api/orders/' + order.id + '/' + action, { method: 'POST', headers,
				      body: JSON.stringify({ version: order.version }) })
				    if (response.status !== 200) throw new Error(action + ' ' + response.status + ' ' + await response.text())
				    order = await response.json()
				  }
				  const workOrders = await (await fetch('/api/orders/' + order.id + '/work-orders')).json()
				  return { number: workOrders[0].number, fit: workOrders[0].operations[0].id }
				}""", List.of(LocalDate.now().plusDays(20).toString()));
		return desk;
	}

	/** The operator reports the fitting of 3 desks started, 3 good and finished. */
	private static void fitted(Page operator, long fit) {
		operator.evaluate("""
				async ([fit]) => {
				  const csrf = decodeURIComponent(document.cookie.match(/XSRF-TOKEN=([^;]+)/)[1])
				  const headers = { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf }
				  const deviceId = 'BROWSER-' + crypto.randomUUID()
				  const kinds = [['START', 0], ['QUANTITY', 3], ['FINISH', 0]]
				  for (let i = 0; i < kinds.length; i++) {
				    const [kind, good] = kinds[i]
				    const response = await fetch('/api/shopfloor/reports', { method: 'POST', headers, body: JSON.stringify({
				      eventId: crypto.randomUUID(), deviceId, deviceSeq: i + 1, operationId: Number(fit), kind, good, scrap: 0,
				      occurredAt: new Date().toISOString() }) })
				    if (response.status !== 200) throw new Error(kind + ' ' + response.status + ' ' + await response.text())
				  }
				}""", List.of(String.valueOf(fit)));
	}
}
