package io.atelier.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import io.atelier.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo factory comes with about 200 orders in every status, so that every screen has something real to show. The
 * other integration tests leave the demo orders out ({@code atelier.demo-orders=false}); this class has its own
 * application and database with them.
 */
@SpringBootTest(properties = { "atelier.data-dir=target/test-data/demo-orders-${random.uuid}",
		"atelier.demo-data=true", "atelier.demo-orders=true" })
@AutoConfigureMockMvc
@Import(Api.class)
class DemoOrdersTests {

	private static final List<String> STATUSES = List.of("DRAFT", "CONFIRMED", "RELEASED", "IN_PRODUCTION", "COMPLETED",
			"SHIPPED", "ON_HOLD", "CANCELLED");

	@Autowired
	Api api;

	@Autowired
	DemoFactoryLoader loader;

	@Test
	void theDemoHasAboutTwoHundredOrdersInEveryStatusWithSomeLateAndAtRisk() {
		Api.Caller planner = api.as("planner");
		assertThat(total(planner, "")).isEqualTo(DemoOrderPlan.ORDERS);
		for (String status : STATUSES) {
			assertThat(total(planner, "status=" + status)).as("orders %s", status).isGreaterThanOrEqualTo(3);
		}
		assertThat(total(planner, "late=true")).as("late orders").isGreaterThanOrEqualTo(5);
		assertThat(total(planner, "atRisk=true")).as("orders at risk").isGreaterThanOrEqualTo(5);
		for (String status : List.of("ON_HOLD", "CANCELLED")) {
			for (JsonNode order : items(planner, "status=" + status)) {
				JsonNode detail = planner.get("/api/orders/" + order.get("id").asLong()).json();
				assertThat(detail.path("statusReason").asString("")).as("reason of %s", status).isNotBlank();
			}
		}
	}

	@Test
	void releasedOrdersHaveWorkOrdersAndOrdersInProductionShowProgress() {
		Api.Caller planner = api.as("planner");
		for (JsonNode order : items(planner, "status=RELEASED")) {
			JsonNode workOrders = planner.get("/api/orders/" + order.get("id").asLong() + "/work-orders").json();
			assertThat(workOrders.size()).as("work orders of %s", order.get("orderNumber").asString()).isPositive();
			workOrders.forEach(wo -> assertThat(wo.get("operations").size()).isPositive());
		}
		Set<String> operationStatuses = new HashSet<>();
		for (JsonNode order : items(planner, "status=IN_PRODUCTION")) {
			List<String> statuses = operationStatuses(planner, order.get("id").asLong());
			assertThat(statuses).as("some work done on %s", order.get("orderNumber").asString()).contains("DONE");
			assertThat(statuses).as("some work left on %s", order.get("orderNumber").asString())
				.containsAnyOf("READY", "PENDING", "IN_PROGRESS");
			operationStatuses.addAll(statuses);
		}
		assertThat(operationStatuses).contains("IN_PROGRESS");
		for (JsonNode order : items(planner, "status=SHIPPED")) {
			assertThat(operationStatuses(planner, order.get("id").asLong())).containsOnly("DONE");
		}
	}

	@Test
	void theDemoHasConfiguredAndCatalogLinesRushOrdersAndNotesInBothLanguages() {
		Api.Caller planner = api.as("planner");
		List<JsonNode> orders = items(planner, "");
		Set<String> templates = new HashSet<>();
		int catalogLines = 0;
		int rush = 0;
		boolean chinese = false;
		boolean english = false;
		for (JsonNode order : orders) {
			rush += order.get("rush").asBoolean() ? 1 : 0;
		}
		for (JsonNode order : orders.subList(0, 60)) {
			JsonNode detail = planner.get("/api/orders/" + order.get("id").asLong()).json();
			String notes = detail.path("notes").asString("");
			chinese |= notes.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
			english |= notes.matches(".*[A-Za-z]{4,}.*");
			for (JsonNode line : detail.get("lines")) {
				if (line.hasNonNull("templateCode")) {
					templates.add(line.get("templateCode").asString());
				}
				else {
					catalogLines++;
				}
			}
		}
		assertThat(templates).contains("TPL-TABLE", "TPL-BOOKSHELF");
		assertThat(catalogLines).isPositive();
		assertThat(rush).isBetween(3, 30);
		assertThat(chinese).as("notes in Chinese").isTrue();
		assertThat(english).as("notes in English").isTrue();
	}

	@Test
	void loadingAgainDoesNotDuplicateTheDemo() throws Exception {
		Api.Caller planner = api.as("planner");
		long orders = total(planner, "");
		long customers = planner.get("/api/customers").json().get("total").asLong();
		loader.run(null);
		assertThat(total(planner, "")).isEqualTo(orders);
		assertThat(planner.get("/api/customers").json().get("total").asLong()).isEqualTo(customers);
	}

	private static long total(Api.Caller caller, String query) {
		return caller.get("/api/orders?size=1&" + query).json().get("total").asLong();
	}

	private static List<JsonNode> items(Api.Caller caller, String query) {
		List<JsonNode> found = new ArrayList<>();
		caller.get("/api/orders?size=200&" + query).json().get("items").forEach(found::add);
		return found;
	}

	private static List<String> operationStatuses(Api.Caller caller, long orderId) {
		List<String> statuses = new ArrayList<>();
		for (JsonNode wo : caller.get("/api/orders/" + orderId + "/work-orders").json()) {
			wo.get("operations").forEach(op -> statuses.add(op.get("status").asString()));
		}
		return statuses;
	}
}
