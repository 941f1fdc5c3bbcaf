package io.atelier.planning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.atelier.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders and products for promise tests, entered through the API as a planner would. */
final class PromiseFixtures {

	static final ZoneId FACTORY_ZONE = ZoneId.of("Asia/Shanghai");

	private final Api.Caller planner;

	PromiseFixtures(Api api) {
		this.planner = api.as("planner");
	}

	static LocalDate today() {
		return LocalDate.now(FACTORY_ZONE);
	}

	long newCustomer() {
		return created("/api/customers", Map.of("code", Api.unique("CU"), "name", "承诺测试客户 Promise test customer"));
	}

	/** A draft order of these lines, requested in 30 days. */
	JsonNode draft(List<Map<String, Object>> lines) {
		Map<String, Object> body = new HashMap<>();
		body.put("customerId", newCustomer());
		body.put("requestedDate", LocalDate.now().plusDays(30).toString());
		body.put("priority", "NORMAL");
		body.put("lines", new ArrayList<>(lines));
		var created = planner.post("/api/orders", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	static Map<String, Object> productLine(String itemCode, String quantity) {
		Map<String, Object> line = new HashMap<>();
		line.put("itemCode", itemCode);
		line.put("quantity", quantity);
		return line;
	}

	/** The demo's configured walnut table (TPL-TABLE), as in the explosion tests. */
	static Map<String, Object> tableLine(String quantity) {
		Map<String, Object> line = new HashMap<>();
		line.put("templateCode", "TPL-TABLE");
		line.put("parameters", Map.of("width", "1600", "depth", "900", "material", "walnut", "finish", "lacquer"));
		line.put("quantity", quantity);
		return line;
	}

	/** Takes the order through the status actions; returns it as it ends. */
	JsonNode moved(JsonNode order, String... actions) {
		JsonNode current = order;
		for (String action : actions) {
			var response = planner.post("/api/orders/" + current.get("id").asLong() + "/" + action,
					Map.of("version", current.get("version").asLong(), "reason", "test"));
			assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
			current = response.json();
		}
		return current;
	}

	JsonNode proposal(JsonNode order) {
		var response = planner.post("/api/orders/" + order.get("id").asLong() + "/promise-proposal", Map.of());
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/**
	 * A new product made in one step of {@code minutes} per unit on the demo packing machine (day shift), consuming one
	 * piece of a new bought item with the given lead time.
	 */
	String productWithBoughtItem(int leadTimeDays, String minutes) {
		long bought = created("/api/items", item(Api.unique("MAT-LT"), "MATERIAL", "BUY", leadTimeDays));
		String productCode = Api.unique("PRD-LT");
		long product = created("/api/items", item(productCode, "PRODUCT", "MAKE", null));
		created("/api/boms", Map.of("itemId", product, "lines",
				List.of(Map.of("componentItemId", bought, "quantity", "1"))));
		JsonNode machine = planner.get("/api/machines?q=M-PACK-01").json().get("items").get(0);
		Map<String, Object> option = Map.of("machineId", machine.get("id").asLong(), "runMinutesPerUnit", minutes,
				"setupMinutes", 0);
		Map<String, Object> step = new HashMap<>();
		step.put("stepNo", 10);
		step.put("name", "包装 Pack");
		step.put("workCenterId", machine.get("workCenterId").asLong());
		step.put("predecessors", List.of());
		step.put("machines", List.of(option));
		created("/api/routings", Map.of("itemId", product, "steps", List.of(step)));
		return productCode;
	}

	private static Map<String, Object> item(String code, String type, String procurement, Integer leadTimeDays) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("name", "承诺测试物料 Promise test item " + code);
		body.put("type", type);
		body.put("unit", "PCS");
		body.put("procurement", procurement);
		body.put("leadTimeDays", leadTimeDays);
		return body;
	}

	private long created(String path, Object body) {
		var response = planner.post(path, body);
		assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}
}
