package io.atelier.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.atelier.customers.Customers;
import io.atelier.orders.Orders;
import io.atelier.orders.Priority;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A planner, in Chinese, tries the configurable dining table out, takes an order for it, confirms it, promises the
 * proposed date and releases it; a customer
 * sees only their own company's orders.
 */
class OrderBrowserTests extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	Orders orders;

	@org.springframework.beans.factory.annotation.Autowired
	Customers customers;

	/** The customer the demo `customer` user belongs to (DemoFactoryLoader). */
	static final String OWN_CUSTOMER = "C-HOMELIVING";

	static final String OTHER_CUSTOMER = "C-MUJIAN";

	@Test
	void aPlannerTriesTheTableOutTakesAnOrderForItConfirmsPromisesAndReleasesIt() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
			.setViewportSize(1440, 900));
		Page page = signIn(context, "planner");
		try {
			plannerFlow(page);
		}
		catch (AssertionError | RuntimeException failure) {
			screenshot(page, "failure-planner");
			throw failure;
		}
		finally {
			context.close();
		}
	}

	private void plannerFlow(Page page) {
		// The template and its "Try it" panel: the components and steps follow the values entered.
		page.getByTestId("nav-product-templates").click();
		assertThat(page.getByTestId("page-title")).hasText("产品模板");
		text(page.getByTestId("search-input")).fill("TPL-TABLE");
		Locator templates = page.getByTestId("list-table");
		assertThat(templates.locator("tbody tr")).hasCount(1);
		assertThat(templates).containsText("已发布");
		screenshot(page, "templates-zh-CN");
		templates.getByText("TPL-TABLE", new Locator.GetByTextOptions().setExact(true)).click();
		assertThat(page.getByTestId("page-title")).containsText("TPL-TABLE");

		Locator tryIt = page.getByTestId("try-it");
		tryIt.scrollIntoViewIfNeeded();
		number(tryIt, "width", "2000");
		choose(page, tryIt, "material", "橡木纹 Oak melamine");
		choose(page, tryIt, "finish", "木蜡油 Hardwax oil");
		tryIt.getByTestId("try-it-run").click();
		Locator components = tryIt.getByTestId("try-it-components");
		assertThat(components).containsText("MAT-MEL-OAK18");
		assertThat(components).containsText("MAT-OIL");
		assertThat(components).not().containsText("MAT-VEN-WAL18");
		assertThat(components).not().containsText("MAT-CLEAR");
		// 2000 × 900 mm: 1.8 m² of board.
		assertThat(components.locator("tr", new Locator.LocatorOptions().setHasText("MAT-MEL-OAK18"))).containsText("1.8");
		Locator steps = tryIt.getByTestId("try-it-steps");
		assertThat(steps.locator("tbody tr")).hasCount(5);
		assertThat(tryIt.getByTestId("try-it-family")).containsText("PF-OAK-MEL");
		screenshot(page, "template-try-it-zh-CN");

		// Too wide: the server's message, in Chinese, at the width field; nothing is derived.
		number(tryIt, "width", "3000");
		tryIt.getByTestId("try-it-run").click();
		Locator widthError = tryIt.locator("[data-parameter=width] .el-form-item__error");
		assertThat(widthError).containsText("2400");
		assertThat(widthError).containsText(Pattern.compile("[\\u4e00-\\u9fff]"));
		assertThat(tryIt.getByTestId("try-it-components")).hasCount(0);
		screenshot(page, "template-try-it-error-zh-CN");

		// A new order with a configured table.
		page.getByTestId("nav-orders").click();
		assertThat(page.getByTestId("page-title")).hasText("订单");
		page.getByTestId("create-button").click();
		assertThat(page.getByTestId("page-title")).hasText("新建订单");
		pickReference(page, page.getByTestId("order-customer"), OTHER_CUSTOMER);
		text(page.getByTestId("order-requested-date")).fill(LocalDate.now().plusDays(30).toString());
		text(page.getByTestId("order-requested-date")).press("Enter");
		String notes = "browser " + UUID.randomUUID();
		text(page.getByTestId("order-notes")).fill(notes);

		page.getByTestId("line-add").click();
		Locator dialog = page.getByTestId("line-dialog");
		assertThat(dialog).isVisible();
		dialog.getByTestId("line-template").click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^TPL-TABLE"))).click();
		assertThat(dialog.locator("[data-parameter=width]")).isVisible();
		number(dialog, "width", "1800");
		number(dialog, "depth", "1000");
		choose(page, dialog, "material", "白色 White melamine");
		dialog.locator("[data-parameter=engraving] input").fill("Zhao");
		text(dialog.getByTestId("line-quantity")).fill("3");
		text(dialog.getByTestId("line-quantity")).press("Tab");
		screenshot(page, "order-line-dialog-zh-CN");
		dialog.getByTestId("line-save").click();
		assertThat(dialog).isHidden();
		screenshot(page, "order-new-zh-CN");
		page.getByTestId("save-button").click();

		// The saved order: its number, the line with every value the template resolved, status draft.
		assertThat(page.getByTestId("order-status")).hasText("草稿");
		String orderNumber = page.getByTestId("page-title").textContent().trim();
		org.assertj.core.api.Assertions.assertThat(orderNumber).isNotEqualTo("新建订单");
		Locator line = page.getByTestId("order-lines").locator("tbody tr").first();
		// Every value, the defaults included, by the names the template gives them.
		assertThat(line).containsText("TPL-TABLE");
		assertThat(line).containsText("宽度 Width 1800 mm");
		assertThat(line).containsText("深度 Depth 1000 mm");
		assertThat(line).containsText("高度 Height 740 mm");
		assertThat(line).containsText("材质 Material 白色 White melamine");
		assertThat(line).containsText("表面处理 Finish 清漆 Clear lacquer");
		assertThat(line).containsText("圆角封边 Rounded edge profile 否");
		assertThat(line).containsText("刻字 Engraving Zhao");
		screenshot(page, "order-draft-zh-CN");

		page.getByTestId("order-action-confirm").click();
		page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确认")).click();
		assertThat(page.getByTestId("order-status")).hasText("已确认");
		screenshot(page, "order-confirmed-zh-CN");

		// The workspace: a comment that mentions the supervisor, then the timeline with the confirmation and the comment.
		page.locator("#tab-comments").click();
		Locator comments = page.getByTestId("order-comments");
		comments.locator("textarea").last().fill("请 @supervisor 确认交期");
		comments.getByTestId("comment-post").click();
		assertThat(comments.getByTestId("comment-body")).hasText("请 @supervisor 确认交期");
		assertThat(comments.getByTestId("comment-mentions")).containsText("李强");
		screenshot(page, "order-comments-zh-CN");
		page.locator("#tab-timeline").click();
		Locator timeline = page.getByTestId("order-timeline");
		assertThat(timeline.getByTestId("timeline-entry").first()).containsText("发表了评论");
		assertThat(timeline).containsText("将状态从“草稿”改为“已确认”");
		screenshot(page, "order-timeline-zh-CN");
		page.locator("#tab-overview").click();

		// The promise date: the proposal from the current plan, limited by the legs' 21-day lead time; accepted.
		page.getByTestId("order-promise").click();
		Locator promise = page.getByTestId("promise-dialog");
		assertThat(promise.getByTestId("promise-proposed-date")).hasText(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
		String proposed = promise.getByTestId("promise-proposed-date").textContent().trim();
		assertThat(promise.getByTestId("promise-limiting-material")).containsText("MAT-LEG");
		assertThat(promise.getByTestId("promise-limiting-material")).containsText("21 天");
		screenshot(page, "order-promise-zh-CN");
		// another date needs a reason, in Chinese
		promise.getByTestId("promise-override").click();
		text(promise.getByTestId("promise-other-date")).fill(LocalDate.now().plusDays(90).toString());
		text(promise.getByTestId("promise-other-date")).press("Enter");
		promise.getByTestId("promise-confirm").click();
		assertThat(promise.locator(".el-form-item__error")).containsText("原因");
		promise.getByTestId("promise-accept").click();
		promise.getByTestId("promise-confirm").click();
		assertThat(promise).isHidden();
		assertThat(page.locator(".el-message--success").last()).containsText(proposed);

		// Released: the work orders appear, due on the promised date.
		page.getByTestId("order-action-release").click();
		page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("下达")).click();
		assertThat(page.getByTestId("order-status")).hasText("已下达");
		screenshot(page, "order-promised-released-zh-CN");

		// The work orders, as figured by hand from the template: one work order of 3 tables, due on the promised date;
		// top 1.8 × 1.0 = 1.8 m², lacquered, engraved: run minutes on the first machine, per unit × 3:
		// 10 cut (2 + 1.8) × 3 = 11.4; 20 edge 2 × (1.8 + 1.0) × 0.5 × 3 = 8.4; 30 sand 1.8 × 2.5 × 3 = 13.5;
		// 40 lacquer 1.8 × 4 × 3 = 21.6; (50 oil left out); 60 pack, engraved, 20 × 3 = 60
		page.locator("#tab-workOrders").click();
		Locator workOrders = page.getByTestId("order-work-orders");
		Locator workOrderRows = workOrders.locator("tr.el-table__row:not(.el-table__expanded-cell tr)")
			.filter(new Locator.FilterOptions().setHasText(orderNumber + "/WO-"));
		assertThat(workOrderRows).hasCount(1);
		assertThat(workOrderRows.first()).containsText(orderNumber + "/WO-01");
		assertThat(workOrderRows.first()).containsText("PRD-TABLE-CUSTOM");
		assertThat(workOrderRows.first()).containsText(proposed);
		assertThat(workOrderRows.first().locator("td").nth(3)).hasText(Pattern.compile("^3(\\.0+)?\\b.*"));
		Locator operations = workOrders.getByTestId("work-order-operations").locator("tbody tr");
		assertThat(operations).hasCount(5);
		String[][] expected = { { "OP-10", "11.4" }, { "OP-20", "8.4" }, { "OP-30", "13.5" }, { "OP-40", "21.6" },
				{ "OP-60", "60" } };
		for (int i = 0; i < expected.length; i++) {
			assertThat(operations.nth(i).locator("td").nth(0)).hasText(orderNumber + "/WO-01/" + expected[i][0]);
			assertThat(operations.nth(i).locator("td").nth(2)).hasText(expected[i][1]);
		}
		screenshot(page, "order-work-orders-zh-CN");

		// In the list, filtered to released orders.
		page.getByTestId("nav-orders").click();
		assertThat(page.getByTestId("page-title")).hasText("订单");
		page.getByTestId("filter-status").click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("已下达").setExact(true)).click();
		page.getByTestId("page-title").click();
		text(page.getByTestId("search-input")).fill(orderNumber);
		Locator row = page.getByTestId("list-table").locator("tbody tr", new Locator.LocatorOptions().setHasText(orderNumber));
		assertThat(row).hasCount(1);
		assertThat(row).containsText("已下达");
		assertThat(row).containsText(proposed);
		assertThat(row.getByText("删除")).hasCount(0);
		assertThat(page.getByTestId("list-table").locator("tbody tr")).not().containsText(new String[] { "草稿" });
		screenshot(page, "orders-released-zh-CN");
	}

	@Test
	void aPlannerReleasesSeveralConfirmedOrdersAtOnceFromTheList() {
		String code = "BULK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		long customer = customers.create(new Customers.CustomerCommand(null, code, "批量客户 " + code, null, null, null,
				null, null, true)).id();
		List<Orders.OrderView> confirmed = new java.util.ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Orders.OrderView draft = orders.create(new Orders.OrderCommand(null, null, customer,
					LocalDate.now().plusDays(30), Priority.NORMAL, null, List.of(new Orders.LineCommand(1, null, null,
							null, "PRD-DESK-1200", java.math.BigDecimal.ONE, null))));
			confirmed.add(orders.confirm(draft.id(), new Orders.TransitionCommand(draft.version(), null)));
		}
		Orders.OrderView draft = orders.create(new Orders.OrderCommand(null, null, customer, LocalDate.now().plusDays(30),
				Priority.NORMAL, null, List.of(new Orders.LineCommand(1, null, null, null, "PRD-DESK-1200",
						java.math.BigDecimal.ONE, null))));

		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
			.setViewportSize(1440, 900));
		Page page = signIn(context, "planner");
		try {
			page.getByTestId("nav-orders").click();
			text(page.getByTestId("search-input")).fill(code);
			Locator rows = page.getByTestId("list-table").locator("tbody tr");
			assertThat(rows).hasCount(3);
			// a draft cannot be picked: only confirmed orders are released
			assertThat(rows.filter(new Locator.FilterOptions().setHasText(draft.orderNumber()))
				.locator("input[type=checkbox]")).isDisabled();
			for (Orders.OrderView order : confirmed) {
				rows.filter(new Locator.FilterOptions().setHasText(order.orderNumber())).locator(".el-checkbox").click();
			}
			page.getByTestId("bulk-release-button").click();
			page.locator(".el-message-box").getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("下达所选 (2)")).click();
			assertThat(page.locator(".el-message").last()).containsText("已下达 2 个订单");
			for (Orders.OrderView order : confirmed) {
				assertThat(rows.filter(new Locator.FilterOptions().setHasText(order.orderNumber()))).containsText("已下达");
				org.assertj.core.api.Assertions.assertThat(orders.get(order.id()).status())
					.isEqualTo(io.atelier.orders.OrderStatus.RELEASED);
			}
			assertThat(rows.filter(new Locator.FilterOptions().setHasText(draft.orderNumber()))).containsText("草稿");
			screenshot(page, "orders-bulk-release-zh-CN");
		}
		catch (AssertionError | RuntimeException failure) {
			screenshot(page, "failure-bulk-release");
			throw failure;
		}
		finally {
			context.close();
		}
	}

	@Test
	void aCustomerSeesOnlyTheirOwnOrders() {
		BrowserContext planner = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
			.setViewportSize(1440, 900));
		Page plannerPage = signIn(planner, "planner");
		String own = createOrder(plannerPage, OWN_CUSTOMER);
		String other = createOrder(plannerPage, OTHER_CUSTOMER);
		planner.close();

		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
			.setViewportSize(1440, 900));
		Page page = signIn(context, "customer");
		page.getByTestId("nav-orders").click();
		assertThat(page.getByTestId("page-title")).hasText("订单");
		Locator rows = page.getByTestId("list-table").locator("tbody tr");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText(own))).hasCount(1);
		assertThat(rows.filter(new Locator.FilterOptions().setHasText(other))).hasCount(0);
		assertThat(page.getByTestId("list-table")).not().containsText("木匠之家");
		org.assertj.core.api.Assertions.assertThat(page.getByTestId("create-button").count())
			.as("a customer reads orders but does not enter them")
			.isZero();
		screenshot(page, "orders-customer-zh-CN");
		context.close();
	}

	private Page signIn(BrowserContext context, String username) {
		return signIn(context, username, "首页");
	}

	/** The text field of an Element Plus input, whether its test id landed on the field itself or on a wrapper. */
	private static Locator text(Locator field) {
		return field.locator("xpath=self::input|self::textarea|.//input|.//textarea").first();
	}

	/** Enters a number and leaves the field, as a user does. */
	private static void number(Locator form, String parameter, String value) {
		Locator input = form.locator("[data-parameter=" + parameter + "] input");
		input.fill(value);
		input.press("Tab");
	}

	private static void choose(Page page, Locator form, String parameter, String option) {
		form.locator("[data-parameter=" + parameter + "] .el-select").click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
	}

	private static void pickReference(Page page, Locator select, String code) {
		select.click();
		text(select).fill(code);
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^" + code))).click();
	}

	/** An order with one catalog line, entered through the API in the signed-in planner's session. */
	private static String createOrder(Page page, String customerCode) {
		Object number = page.evaluate("""
				async ([customerCode, requestedDate]) => {
				  const csrf = decodeURIComponent(document.cookie.match(/XSRF-TOKEN=([^;]+)/)[1])
				  const headers = { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf }
				  const customers = await (await fetch('/api/customers?q=' + customerCode)).json()
				  const customer = customers.items.find((c) => c.code === customerCode)
				  const response = await fetch('/api/orders', { method: 'POST', headers, body: JSON.stringify({
				    customerId: customer.id, requestedDate, priority: 'NORMAL',
				    lines: [{ itemCode: 'PRD-TABLE-CUSTOM', quantity: 1, parameters: {} }] }) })
				  if (response.status !== 201) throw new Error(response.status + ' ' + await response.text())
				  return (await response.json()).orderNumber
				}""", List.of(customerCode, LocalDate.now().plusDays(20).toString()));
		return (String) number;
	}
}
