package io.atelier.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.atelier.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders as a planner enters them: a customer of the test's own, a catalog product line, a requested date. */
final class OrderFixtures {

	/** A product of the demo catalog. */
	static final String DEMO_PRODUCT = "PRD-DESK-1200";

	/** The customer the demo customer user belongs to. */
	static final String DEMO_CUSTOMER = "C-HOMELIVING";

	private final Api.Caller planner;

	OrderFixtures(Api api) {
		this.planner = api.as("planner");
	}

	long newCustomer() {
		var created = planner.post("/api/customers", Map.of("code", Api.unique("CU"), "name", "测试客户 Test customer"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	long customerId(String code) {
		return planner.get("/api/customers?q=" + code).json().get("items").get(0).get("id").asLong();
	}

	static Map<String, Object> productLine(String itemCode, String quantity) {
		Map<String, Object> line = new HashMap<>();
		line.put("itemCode", itemCode);
		line.put("quantity", quantity);
		return line;
	}

	static Map<String, Object> order(long customerId, List<Map<String, Object>> lines) {
		Map<String, Object> body = new HashMap<>();
		body.put("customerId", customerId);
		body.put("requestedDate", LocalDate.now().plusDays(30).toString());
		body.put("priority", "NORMAL");
		body.put("lines", new ArrayList<>(lines));
		return body;
	}

	/** A draft order of one demo product for the customer. */
	JsonNode draft(long customerId) {
		var created = planner.post("/api/orders", order(customerId, List.of(productLine(DEMO_PRODUCT, "2"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	/** Takes the order through the given actions as an administrator; returns it as it ends. */
	JsonNode moved(JsonNode order, Api.Caller admin, String... actions) {
		JsonNode current = order;
		for (String action : actions) {
			Map<String, Object> body = new HashMap<>();
			body.put("version", current.get("version").asLong());
			body.put("reason", "test");
			var response = admin.post("/api/orders/" + current.get("id").asLong() + "/" + action, body);
			assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
			current = response.json();
		}
		return current;
	}
}
