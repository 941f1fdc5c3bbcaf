package io.atelier.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo operator (linked to worker W-1207) reports on a phone-sized screen (docs/shopfloor.md, "Phone screens"):
 * online in Chinese, and offline in English, where the reports wait in the phone's queue across a reload and are
 * applied exactly once when the network is back.
 */
class PhoneReportingBrowserTests extends BrowserTest {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	JdbcClient jdbc;

	private BrowserContext phone(String locale) {
		return browser.newContext(new Browser.NewContextOptions().setLocale(locale)
			.setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true));
	}

	@Test
	void anOperatorStartsATaskReportsEightGoodAndTwoScrapWithAReasonAndFinishesIt() throws Exception {
		JsonNode fit = releasedDeskFit("10");
		long operationId = fit.get("id").asLong();
		BrowserContext context = phone("zh-CN");
		Page page = signIn(context, "operator", "我的任务");
		try {
			assertThat(page.getByTestId("phone-worker")).containsText("W-1207");
			assertThat(page.getByTestId("phone-task-" + operationId)).containsText(fit.get("number").asString());
			screenshot(page, "phone-my-tasks-zh-CN");
			page.getByTestId("phone-task-" + operationId).click();
			assertThat(page.getByTestId("page-title")).hasText(fit.get("number").asString());
			assertThat(page.getByTestId("operation-status")).hasText("就绪");

			page.getByTestId("action-start").click();
			assertThat(page.getByTestId("operation-status")).hasText("进行中");

			page.getByTestId("action-quantity").click();
			page.getByTestId("qty-good").locator("input").fill("8");
			page.getByTestId("qty-scrap").locator("input").fill("2");
			page.getByTestId("qty-scrap").locator("input").press("Tab");
			page.getByTestId("scrap-reason-SCRATCH").click();
			screenshot(page, "phone-report-quantity-zh-CN");
			page.getByTestId("quantity-confirm").click();
			assertThat(page.getByTestId("count-good")).hasText("8");
			assertThat(page.getByTestId("count-scrap")).hasText("2");

			page.getByTestId("action-finish").click();
			page.getByTestId("quantity-confirm").click();
			assertThat(page.getByTestId("operation-status")).hasText("已完成");
			assertThat(page.getByTestId("phone-all-sent")).isVisible();
			// what the server answered, not what the phone assumed: three reports, the scrap with its reason
			assertThat(page.getByTestId("operation-reports").locator("li:not(.operation__waiting)")).hasCount(3);
			assertThat(page.getByTestId("operation-reports")).containsText("表面划伤");
			assertThat(page.getByTestId("operation-status")).hasText("已完成");
			screenshot(page, "phone-operation-done-zh-CN");
		}
		catch (AssertionError | RuntimeException failure) {
			screenshot(page, "failure-phone-reporting");
			throw failure;
		}
		finally {
			context.close();
		}

		Map<String, Object> operation = operation(operationId);
		assertThat(operation.get("status")).isEqualTo("DONE");
		assertThat(operation.get("good").toString()).isEqualTo("8");
		assertThat(operation.get("scrap").toString()).isEqualTo("2");
		assertThat(reports(operationId)).containsExactly("START APPLIED -", "QUANTITY APPLIED SCRATCH", "FINISH APPLIED -");
	}

	@Test
	void reportsMadeOfflineSurviveAReloadAndAreSentExactlyOnceWhenTheNetworkIsBack() throws Exception {
		JsonNode fit = releasedDeskFit("10");
		long operationId = fit.get("id").asLong();
		BrowserContext context = phone("en");
		Page page = signIn(context, "operator", "My tasks");
		try {
			// the service worker keeps the app shell: wait until it controls the page
			page.waitForFunction("() => navigator.serviceWorker && navigator.serviceWorker.controller !== null");
			assertThat(page.evaluate("async () => (await (await fetch('/manifest.webmanifest')).json()).start_url"))
				.isEqualTo("/m");
			page.getByTestId("phone-task-" + operationId).click();
			assertThat(page.getByTestId("operation-status")).hasText("Ready");

			context.setOffline(true);
			page.getByTestId("action-start").click();
			assertThat(page.getByTestId("operation-status")).hasText("In progress");
			assertThat(page.getByTestId("phone-offline")).isVisible();
			page.getByTestId("action-quantity").click();
			page.getByTestId("qty-good").locator("input").fill("8");
			page.getByTestId("qty-scrap").locator("input").fill("2");
			page.getByTestId("qty-scrap").locator("input").press("Tab");
			page.getByTestId("scrap-reason-CHIPPED_EDGE").click();
			page.getByTestId("quantity-confirm").click();
			assertThat(page.getByTestId("phone-pending")).hasText("Waiting to send: 2");

			page.reload();
			assertThat(page.getByTestId("page-title")).hasText(fit.get("number").asString());
			assertThat(page.getByTestId("phone-pending")).hasText("Waiting to send: 2");
			assertThat(page.getByTestId("count-good")).hasText("8");
			assertThat(page.getByTestId("count-scrap")).hasText("2");
			screenshot(page, "phone-offline-after-reload-en");
			assertThat(reports(operationId)).isEmpty();
			// the service worker keeps the app shell and assets, never an answer of the API
			List<String> kept = ((List<?>) page.evaluate("""
					async () => {
					  const paths = []
					  for (const name of await caches.keys()) {
					    for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname)
					  }
					  return paths
					}""")).stream().map(String::valueOf).toList();
			assertThat(kept).contains("/index.html", "/manifest.webmanifest").noneMatch(path -> path.startsWith("/api/"));

			context.setOffline(false);
			assertThat(page.getByTestId("phone-all-sent")).isVisible();
			assertThat(page.getByTestId("operation-reports").locator("li:not(.operation__waiting)")).hasCount(2);
			assertThat(page.getByTestId("count-good")).hasText("8");
			assertThat(reports(operationId)).containsExactly("START APPLIED -", "QUANTITY APPLIED CHIPPED_EDGE");
			Map<String, Object> operation = operation(operationId);
			assertThat(operation.get("good").toString()).isEqualTo("8");
			assertThat(operation.get("scrap").toString()).isEqualTo("2");

			// online again: the finish goes at once, and frees the operator for other work
			page.getByTestId("action-finish").click();
			page.getByTestId("quantity-confirm").click();
			assertThat(page.getByTestId("operation-status")).hasText("Done");
			assertThat(page.getByTestId("phone-all-sent")).isVisible();
		}
		catch (AssertionError | RuntimeException failure) {
			screenshot(page, "failure-phone-offline");
			throw failure;
		}
		finally {
			context.close();
		}
		assertThat(reports(operationId)).hasSize(3);
		assertThat(jdbc.sql("""
				select count(*) from shopfloor_report_conflict c
				join shopfloor_report r on r.event_id = c.event_id where r.operation_id = :id
				""").param("id", operationId).query(Long.class).single()).isZero();
	}

	/** Each report of the operation as "KIND STATUS scrapReason", in the order applied. */
	private List<String> reports(long operationId) {
		return jdbc.sql("""
				select kind || ' ' || status || ' ' || coalesce(scrap_reason, '-') from shopfloor_report
				where operation_id = :id order by device_seq
				""").param("id", operationId).query(String.class).list();
	}

	private Map<String, Object> operation(long operationId) {
		return jdbc.sql("""
				select status, trim_scale(good_quantity) as good, trim_scale(scrap_quantity) as scrap
				from work_order_operation where id = :id
				""").param("id", operationId).query().singleRow();
	}

	/** The first operation (fit the drawer runners, skill HW) of a newly released order of desks. */
	private JsonNode releasedDeskFit(String quantity) throws IOException, InterruptedException {
		String token = call("POST", "/api/auth/tokens", null, Map.of("username", "planner", "password", "demo"))
			.get("token")
			.asString();
		long customerId = call("GET", "/api/customers?q=C-MUJIAN", token, null).get("items").get(0).get("id").asLong();
		JsonNode order = call("POST", "/api/orders", token,
				Map.of("customerId", customerId, "requestedDate", LocalDate.now().plusDays(20).toString(), "priority",
						"NORMAL", "lines", List.of(Map.of("itemCode", "PRD-DESK-1200", "quantity", quantity))));
		for (String action : List.of("confirm", "release")) {
			order = call("POST", "/api/orders/" + order.get("id").asLong() + "/" + action, token,
					Map.of("version", order.get("version").asLong()));
		}
		return call("GET", "/api/orders/" + order.get("id").asLong() + "/work-orders", token, null).get(0)
			.get("operations")
			.get(0);
	}

	private JsonNode call(String method, String path, String token, Object body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
		return json.readTree(response.body());
	}
}
