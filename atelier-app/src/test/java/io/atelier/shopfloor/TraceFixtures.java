package io.atelier.shopfloor;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.atelier.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small product of its own for traceability tests, so that no other test meets its step parameters: a table
 * (PRODUCT, step 10 "焊接 Weld" asking for a temperature of 180–220 °C, required, and a pressure of at least 2 bar)
 * made of one leg frame (PART, step 10 "切割 Cut"), and a bought steel tube to record lots of.
 */
final class TraceFixtures {

	final Api.Caller planner;

	final long machineA;

	final long machineB;

	final long productId;

	final String productCode;

	final long productRoutingId;

	final String materialCode;

	TraceFixtures(Api api) {
		planner = api.as("planner");
		long workshopId = planner.get("/api/workshops?q=WS-CUT").json().get("items").get(0).get("id").asLong();
		long centre = created("/api/work-centers", Map.of("code", Api.unique("TRC"), "name", "追溯中心 Trace centre",
				"workshopId", workshopId));
		machineA = machine(centre);
		machineB = machine(centre);
		productCode = Api.unique("TBL");
		productId = created("/api/items", item(productCode, "PRODUCT", "MAKE", null));
		long frameId = created("/api/items", item(Api.unique("FRM"), "PART", "MAKE", null));
		materialCode = Api.unique("TUBE");
		created("/api/items", item(materialCode, "MATERIAL", "BUY", 5));
		productRoutingId = created("/api/routings", routing(productId, "焊接 Weld", "先预热到 200 °C。 Preheat to 200 °C."));
		created("/api/routings", routing(frameId, "切割 Cut", null));
		Map<String, Object> bomLine = new HashMap<>();
		bomLine.put("componentItemId", frameId);
		bomLine.put("quantity", "1");
		created("/api/boms", Map.of("itemId", productId, "lines", List.of(bomLine)));
		var defined = planner.put("/api/routings/" + productRoutingId + "/steps/10/parameters",
				Map.of("parameters", List.of(parameter("temp", "温度", "Temperature", "°C", "180", "220", true),
						parameter("pressure", "压力", "Pressure", "bar", "2", null, false))));
		assertThat(defined.status()).as(defined.body()).isEqualTo(200);
	}

	static Map<String, Object> parameter(String code, String name, String nameEn, String unit, String min, String max,
			boolean required) {
		Map<String, Object> parameter = new HashMap<>();
		parameter.put("code", code);
		parameter.put("name", name);
		parameter.put("nameEn", nameEn);
		parameter.put("unit", unit);
		parameter.put("min", min);
		parameter.put("max", max);
		parameter.put("required", required);
		return parameter;
	}

	/** Releases an order of {@code quantity} tables; answers its work orders (the table first, then the frame). */
	JsonNode releasedOrder(String quantity) {
		var customer = planner.post("/api/customers", Map.of("code", Api.unique("CU"), "name", "追溯客户 Trace customer"));
		assertThat(customer.status()).as(customer.body()).isEqualTo(201);
		Map<String, Object> body = new HashMap<>();
		body.put("customerId", customer.json().get("id").asLong());
		body.put("requestedDate", LocalDate.now().plusDays(30).toString());
		body.put("priority", "NORMAL");
		body.put("lines", List.of(Map.of("itemCode", productCode, "quantity", quantity)));
		var order = planner.post("/api/orders", body);
		assertThat(order.status()).as(order.body()).isEqualTo(201);
		JsonNode current = order.json();
		for (String action : List.of("confirm", "release")) {
			var moved = planner.post("/api/orders/" + current.get("id").asLong() + "/" + action,
					Map.of("version", current.get("version").asLong(), "reason", "test"));
			assertThat(moved.status()).as(moved.body()).isEqualTo(200);
			current = moved.json();
		}
		var workOrders = planner.get("/api/orders/" + current.get("id").asLong() + "/work-orders");
		assertThat(workOrders.status()).as(workOrders.body()).isEqualTo(200);
		return workOrders.json();
	}

	private Map<String, Object> routing(long itemId, String stepName, String instructions) {
		Map<String, Object> machineA = Map.of("machineId", this.machineA, "runMinutesPerUnit", "2");
		Map<String, Object> machineB = Map.of("machineId", this.machineB, "runMinutesPerUnit", "3");
		long centre = planner.get("/api/machines/" + this.machineA).json().get("workCenterId").asLong();
		Map<String, Object> step = new HashMap<>();
		step.put("stepNo", 10);
		step.put("name", stepName);
		step.put("workCenterId", centre);
		step.put("instructions", instructions);
		step.put("machines", List.of(machineA, machineB));
		return Map.of("itemId", itemId, "steps", List.of(step));
	}

	private long machine(long centre) {
		long calendarId = created("/api/calendars",
				Map.of("code", Api.unique("CAL"), "name", "追溯日历 Trace calendar", "timeZone", "Asia/Shanghai"));
		return created("/api/machines", Map.of("code", Api.unique("MC"), "name", "追溯设备 Trace machine",
				"workCenterId", centre, "calendarId", calendarId));
	}

	private static Map<String, Object> item(String code, String type, String procurement, Integer leadTimeDays) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("name", "追溯物料 Trace item " + code);
		body.put("type", type);
		body.put("unit", "PCS");
		body.put("procurement", procurement);
		body.put("leadTimeDays", leadTimeDays);
		return body;
	}

	private long created(String path, Object body) {
		var response = planner.post(path, body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}
}
