package io.atelier.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A planner, in Chinese, splits a line of a confirmed order, splits a released work order and merges it with another
 * order's desk into a batch (docs/orders.md, "Split and merge").
 */
class SplitMergeBrowserTests extends BrowserTest {

	@Test
	void aPlannerSplitsALineAndAWorkOrderAndMergesTwoOrdersDesksIntoABatch() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
			.setViewportSize(1440, 900));
		Page page = signIn(context, "planner", "首页");
		try {
			// A confirmed order of 10 desks: line 1 split, 4 of them later.
			Map<?, ?> confirmed = order(page, "10", "confirm");
			page.navigate("http://localhost:" + port + "/orders/" + confirmed.get("id"));
			page.getByTestId("line-split-1").click();
			page.getByTestId("line-split-quantity").locator("input").fill("4");
			page.getByTestId("line-split-submit").click();
			Locator lines = page.getByTestId("order-lines").locator("tbody tr");
			assertThat(lines).hasCount(2);
			assertThat(lines.nth(1)).containsText("4");
			screenshot(page, "order-line-split-zh-CN");

			// Two released orders of desks: split 1 desk off the first one's, merge it with the second's.
			Map<?, ?> first = order(page, "3", "release");
			Map<?, ?> second = order(page, "2", "release");
			String no = (String) first.get("orderNumber");
			page.navigate("http://localhost:" + port + "/orders/" + first.get("id") + "?tab=workOrders");
			Locator card = page.getByTestId("order-work-orders");
			card.getByTestId("work-order-split-" + no + "/WO-01").click();
			Locator split = page.getByTestId("work-order-split-dialog");
			split.getByTestId("work-order-split-quantity").locator("input").fill("1");
			split.getByTestId("work-order-split-quantity").locator("input").press("Tab");
			assertThat(split.getByTestId("work-order-split-keeps")).containsText("2");
			split.getByTestId("work-order-split-submit").click();
			assertThat(card).containsText(no + "/WO-07");
			screenshot(page, "work-order-split-zh-CN");

			card.getByTestId("work-order-merge-" + no + "/WO-07").click();
			Locator merge = page.getByTestId("work-order-merge-dialog");
			Locator candidate = merge.getByTestId("work-order-merge-candidates")
				.locator("tbody tr", new Locator.LocatorOptions().setHasText((String) second.get("orderNumber")));
			assertThat(candidate).hasCount(1);
			candidate.locator(".el-checkbox").click();
			screenshot(page, "work-order-merge-zh-CN");
			merge.getByTestId("work-order-merge-submit").click();
			assertThat(card.getByTestId("work-order-batch")).containsText("批次");
			assertThat(card.getByTestId("work-order-merged-into").first()).containsText(no + "/WO-13");
			screenshot(page, "work-order-batch-zh-CN");

			// The second order sees the batch too, with its share of 2.
			page.navigate("http://localhost:" + port + "/orders/" + second.get("id") + "?tab=workOrders");
			Locator secondCard = page.getByTestId("order-work-orders");
			assertThat(secondCard.getByTestId("work-order-merged-into")).containsText(no + "/WO-13");
			Locator batch = secondCard.getByTestId("work-order-batch");
			batch.scrollIntoViewIfNeeded(new Locator.ScrollIntoViewIfNeededOptions().setTimeout(30_000));
			assertThat(batch).containsText("2", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
			screenshot(page, "work-order-batch-share-zh-CN");
		}
		catch (AssertionError | RuntimeException failure) {
			screenshot(page, "failure-split-merge");
			throw failure;
		}
		finally {
			context.close();
		}
	}

	/** An order of desks entered and taken through the actions up to {@code last} through the API, in the session. */
	private static Map<?, ?> order(Page page, String quantity, String last) {
		return (Map<?, ?>) page.evaluate("""
				async ([quantity, requestedDate, last]) => {
				  const csrf = decodeURIComponent(document.cookie.match(/XSRF-TOKEN=([^;]+)/)[1])
				  const headers = { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf }
				  const customers = await (await fetch('/api/customers?q=C-MUJIAN')).json()
				  let response = await fetch('/api/orders', { method: 'POST', headers, body: JSON.stringify({
				    customerId: customers.items[0].id, requestedDate, priority: 'NORMAL',
				    lines: [{ itemCode: 'PRD-DESK-1200', quantity }] }) })
				  let order = await response.json()
				  for (const action of last === 'release' ? ['confirm', 'release'] : ['confirm']) {
				    response = await fetch('/api/orders/' + order.id + '/' + action, { method: 'POST', headers,
				      body: JSON.stringify({ version: order.version }) })
				    if (response.status !== 200) throw new Error(action + ' ' + response.status + ' ' + await response.text())
				    order = await response.json()
				  }
				  return { id: order.id, orderNumber: order.orderNumber }
				}""", List.of(quantity, LocalDate.now().plusDays(20).toString(), last));
	}
}
