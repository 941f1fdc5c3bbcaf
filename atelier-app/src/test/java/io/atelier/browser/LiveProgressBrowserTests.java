package io.atelier.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Live progress (docs/shopfloor.md, "Live progress"): a supervisor has an order's work orders and the workshop board
 * open; an operator reports from the shop floor; both pages show the new good quantity within 2 seconds, without a
 * reload.
 */
class LiveProgressBrowserTests extends BrowserTest {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String device = "LIVE-BROWSER-" + UUID.randomUUID();

	private long seq;

	private final long worker = 2_000_000_000L + System.nanoTime() % 1_000_000_000L;

	@Test
	void aSupervisorSeesAnOperatorsReportOnTheOrderPageAndTheBoardWithinTwoSeconds() throws Exception {
		String planner = token("planner");
		String operator = token("operator");
		JsonNode workOrder = releasedDesk(planner, "10");
		long orderId = workOrder.get("orderId").asLong();
		long fit = workOrder.get("operations").get(0).get("id").asLong();
		long pack = workOrder.get("operations").get(1).get("id").asLong();
		long packCenter = workOrder.get("operations").get(1).get("workCenterId").asLong();
		long workshop = send("GET", "/api/work-centers/" + packCenter, planner, null).get("workshopId").asLong();
		report(operator, fit, "START", null);
		report(operator, fit, "FINISH", "10");
		report(operator, pack, "START", null);

		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
			.setViewportSize(1440, 900));
		Page orderPage = signIn(context, "supervisor", "首页");
		try {
			orderPage.navigate("http://localhost:" + port + "/orders/" + orderId + "?tab=workOrders");
			Locator progress = orderPage.getByTestId("work-order-progress");
			// the pages may load slowly on a busy machine; the 2 s are measured from the report on
			assertThat(progress).containsText("0 / 10", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
			Page boardPage = context.newPage();
			boardPage.navigate("http://localhost:" + port + "/shop-floor/board?workshopId=" + workshop);
			Locator card = boardPage.getByTestId("board-column-IN_PROGRESS").getByTestId("board-card-" + pack);
			assertThat(card.getByTestId("board-card-good")).containsText("0",
					new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
			// both pages have their stream open once the page is loaded; give the slowest a moment to connect
			boardPage.waitForTimeout(500);

			long sent = System.nanoTime();
			Map<String, Object> quantity = reportBody(pack, "QUANTITY");
			quantity.put("good", "8");
			quantity.put("scrap", "2");
			quantity.put("scrapReason", "划伤 scratched");
			send("POST", "/api/shopfloor/reports", operator, quantity);

			assertThat(progress).containsText("8 / 10", new LocatorAssertions.ContainsTextOptions().setTimeout(2_000));
			double left = 2_000 - Duration.ofNanos(System.nanoTime() - sent).toMillis();
			assertThat(card.getByTestId("board-card-good")).containsText("8",
					new LocatorAssertions.ContainsTextOptions().setTimeout(Math.max(left, 1)));
			screenshot(boardPage, "shop-floor-board-zh-CN");
			screenshot(orderPage, "order-live-progress-zh-CN");
		}
		catch (AssertionError | RuntimeException failure) {
			screenshot(orderPage, "failure-live-progress");
			throw failure;
		}
		finally {
			context.close();
		}
	}

	private String token(String username) throws IOException, InterruptedException {
		return send("POST", "/api/auth/tokens", null, Map.of("username", username, "password", "demo")).get("token")
			.asString();
	}

	private JsonNode releasedDesk(String planner, String quantity) throws IOException, InterruptedException {
		JsonNode customer = send("POST", "/api/customers", planner,
				Map.of("code", "CU-LIVE-" + System.nanoTime(), "name", "实时客户 Live customer"));
		Map<String, Object> order = new HashMap<>();
		order.put("customerId", customer.get("id").asLong());
		order.put("requestedDate", java.time.LocalDate.now().plusDays(30).toString());
		order.put("priority", "NORMAL");
		order.put("lines", List.of(Map.of("itemCode", "PRD-DESK-1200", "quantity", quantity)));
		JsonNode current = send("POST", "/api/orders", planner, order);
		for (String action : List.of("confirm", "release")) {
			current = send("POST", "/api/orders/" + current.get("id").asLong() + "/" + action, planner,
					Map.of("version", current.get("version").asLong(), "reason", "live progress test"));
		}
		return send("GET", "/api/orders/" + current.get("id").asLong() + "/work-orders", planner, null).get(0);
	}

	private Map<String, Object> reportBody(long operationId, String kind) {
		Map<String, Object> report = new HashMap<>();
		report.put("eventId", UUID.randomUUID().toString());
		report.put("deviceId", device);
		report.put("deviceSeq", ++seq);
		report.put("operationId", operationId);
		report.put("kind", kind);
		report.put("occurredAt", OffsetDateTime.now().toString());
		// a worker of the test's own (the operator reports for them): the demo operator may be busy in other tests
		report.put("workerId", worker);
		return report;
	}

	private void report(String token, long operationId, String kind, String good) throws IOException, InterruptedException {
		Map<String, Object> report = reportBody(operationId, kind);
		if (good != null) {
			report.put("good", good);
		}
		send("POST", "/api/shopfloor/reports", token, report);
	}

	/** Calls the API; anything but a 2xx answer fails the test. */
	private JsonNode send(String method, String path, String token, Object body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body().isBlank() ? null : json.readTree(response.body());
	}
}
