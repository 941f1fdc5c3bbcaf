package io.atelier.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static io.atelier.orders.WorkOrderSplitTests.dec;
import static io.atelier.orders.WorkOrderSplitTests.runMinutes;
import static io.atelier.orders.WorkOrderSplitTests.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** Merging work orders into a batch and splitting order lines (docs/orders.md, "Split and merge"). */
@AtelierIntegrationTest
class SplitMergeApiTests {

	@Autowired
	Api api;

	@Test
	void aBatchOfTwoOrdersDesksKeepsItsSourcesAndEachOrderSeesItsShare() {
		var fixtures = new OrderFixtures(api);
		JsonNode first = released(fixtures.newCustomer(), desks("2"));
		JsonNode second = released(fixtures.customerId(OrderFixtures.DEMO_CUSTOMER), desks("3"));
		JsonNode a = workOrders(first).get(0);
		JsonNode b = workOrders(second).get(0);

		var candidates = api.as("planner").get("/api/work-orders/merge-candidates?workOrderId=" + a.get("id").asLong());
		assertThat(candidates.status()).as(candidates.body()).isEqualTo(200);
		assertThat(texts(candidates.json(), "number")).contains(b.get("number").asString())
			.doesNotContain(a.get("number").asString(), workOrders(first).get(1).get("number").asString());

		var merged = merge(a, b);

		assertThat(merged.status()).as(merged.body()).isEqualTo(200);
		JsonNode batch = merged.json();
		String firstNo = first.get("orderNumber").asString();
		assertThat(batch.get("number").asString()).isEqualTo(firstNo + "/WO-07");
		assertThat(batch.get("batch").asBoolean()).isTrue();
		assertThat(dec(batch.get("quantity"))).isEqualTo("5");
		// one batch, the run minutes of both: fit runners 8 × 2 + 8 × 3, pack 10 × 2 + 10 × 3
		assertThat(runMinutes(batch)).containsExactly("40", "50");
		assertThat(texts(batch.get("operations"), "status")).containsExactly("READY", "PENDING");
		assertThat(texts(batch.get("sources"), "workOrderNumber")).containsExactly(a.get("number").asString(),
				b.get("number").asString());

		List<JsonNode> ofFirst = workOrders(first);
		JsonNode source = ofFirst.get(0);
		assertThat(source.get("status").asString()).isEqualTo("MERGED");
		assertThat(texts(source.get("operations"), "status")).containsExactly("MERGED", "MERGED");
		assertThat(source.get("mergedIntoNumber").asString()).isEqualTo(firstNo + "/WO-07");
		assertThat(dec(ofFirst.get(6).get("share"))).isEqualTo("2");
		List<JsonNode> ofSecond = workOrders(second);
		JsonNode seenFromSecond = ofSecond.get(ofSecond.size() - 1);
		assertThat(seenFromSecond.get("number").asString()).isEqualTo(firstNo + "/WO-07");
		assertThat(dec(seenFromSecond.get("share"))).isEqualTo("3");
		assertThat(ofSecond.get(0).get("mergedIntoNumber").asString()).isEqualTo(firstNo + "/WO-07");

		// the customer of the second order sees the batch with their own share, not the other customer's order
		var customer = api.as("customer").get("/api/orders/" + second.get("id").asLong() + "/work-orders");
		JsonNode theirs = customer.json().get(customer.json().size() - 1);
		assertThat(texts(theirs.get("sources"), "orderNumber")).containsExactly(second.get("orderNumber").asString());
		assertThat(dec(theirs.get("share"))).isEqualTo("3");
	}

	@Test
	void workOrdersOfAnotherItemOrConfigurationAreNotMergedAndTheReasonNamesTheWorkOrder() {
		var fixtures = new OrderFixtures(api);
		long customer = fixtures.newCustomer();
		JsonNode oak = released(customer, table("1200", "oak"));
		JsonNode sameOak = released(customer, table("1200", "oak"));
		JsonNode walnut = released(customer, table("1200", "walnut"));
		JsonNode desk = released(customer, desks("1"));
		JsonNode oakTable = workOrders(oak).get(0);

		var otherItem = merge(oakTable, workOrders(desk).get(0));
		assertThat(otherItem.status()).isEqualTo(422);
		assertThat(otherItem.fieldError("workOrders[1]")).contains(workOrders(desk).get(0).get("number").asString());
		var otherConfiguration = merge(oakTable, workOrders(walnut).get(0));
		assertThat(otherConfiguration.status()).isEqualTo(422);
		assertThat(otherConfiguration.fieldError("workOrders[1]"))
			.contains(workOrders(walnut).get(0).get("number").asString())
			.contains("configured differently");
		var candidates = api.as("planner")
			.get("/api/work-orders/merge-candidates?workOrderId=" + oakTable.get("id").asLong())
			.json();
		assertThat(texts(candidates, "number")).contains(workOrders(sameOak).get(0).get("number").asString())
			.doesNotContain(workOrders(walnut).get(0).get("number").asString());

		// nothing was written by the refused merges
		assertThat(workOrders(oak)).hasSize(1);
		assertThat(workOrders(oak).get(0).get("status").asString()).isEqualTo("READY");
		assertThat(merge(workOrders(oak).get(0), workOrders(sameOak).get(0)).status()).isEqualTo(200);
	}

	@Test
	void aStartedWorkOrderOrAStaleVersionIsNotMerged() {
		var fixtures = new OrderFixtures(api);
		long customer = fixtures.newCustomer();
		JsonNode first = released(customer, desks("1"));
		JsonNode second = released(customer, desks("1"));
		JsonNode a = workOrders(first).get(0);
		JsonNode b = workOrders(second).get(0);
		var started = api.as("supervisor")
			.post("/api/operations/" + b.get("operations").get(0).get("id").asLong() + "/start", Map.of());
		assertThat(started.status()).isEqualTo(200);

		var refused = merge(a, started.json());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains(b.get("number").asString());
		var stale = merge(a, b);
		assertThat(stale.status()).isEqualTo(409);
		var one = api.as("planner").post("/api/work-orders/merge",
				Map.of("workOrders", List.of(Map.of("id", a.get("id").asLong(), "version", 0))));
		assertThat(one.status()).isEqualTo(422);
		assertThat(one.fieldError("workOrders")).isNotBlank();
		JsonNode held = new OrderFixtures(api).moved(released(customer, desks("1")), api.as("admin"), "hold");
		var ofHeld = merge(a, workOrders(held).get(0));
		assertThat(ofHeld.status()).isEqualTo(409);
		assertThat(ofHeld.json().get("detail").asString()).contains(held.get("orderNumber").asString());
		assertThat(workOrders(first).get(0).get("status").asString()).isEqualTo("READY");
	}

	@Test
	void aLineOfAConfirmedOrderSplitsIntoANewLineWithItsOwnDueDateButAReleasedOrderNeedsAChangeRequest() {
		var fixtures = new OrderFixtures(api);
		var planner = api.as("planner");
		var created = planner.post("/api/orders",
				OrderFixtures.order(fixtures.newCustomer(), List.of(OrderFixtures.productLine("PRD-DESK-1200", "10"))));
		JsonNode order = fixtures.moved(created.json(), api.as("admin"), "confirm");
		long id = order.get("id").asLong();
		String later = LocalDate.now().plusDays(60).toString();

		var tooMany = planner.post("/api/orders/" + id + "/lines/1/split",
				Map.of("version", order.get("version").asLong(), "quantity", "10"));
		assertThat(tooMany.status()).isEqualTo(422);
		assertThat(tooMany.fieldError("quantity")).isEqualTo("must be more than 0 and less than 10 SET");
		var split = planner.post("/api/orders/" + id + "/lines/1/split",
				Map.of("version", order.get("version").asLong(), "quantity", "4", "dueDate", later));

		assertThat(split.status()).as(split.body()).isEqualTo(200);
		JsonNode lines = split.json().get("lines");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0).get("lineNo").asInt()).isEqualTo(1);
		assertThat(dec(lines.get(0).get("quantity"))).isEqualTo("6");
		assertThat(lines.get(1).get("lineNo").asInt()).isEqualTo(2);
		assertThat(dec(lines.get(1).get("quantity"))).isEqualTo("4");
		assertThat(lines.get(1).get("dueDate").asString()).isEqualTo(later);
		assertThat(lines.get(1).get("itemCode").asString()).isEqualTo("PRD-DESK-1200");
		var stale = planner.post("/api/orders/" + id + "/lines/1/split",
				Map.of("version", order.get("version").asLong(), "quantity", "1"));
		assertThat(stale.status()).isEqualTo(409);

		JsonNode released = fixtures.moved(split.json(), api.as("admin"), "release");
		var refused = planner.inChinese().post("/api/orders/" + id + "/lines/1/split",
				Map.of("version", released.get("version").asLong(), "quantity", "1"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains(order.get("orderNumber").asString())
			.contains("变更申请");
	}

	private Api.Response merge(JsonNode... sources) {
		List<Map<String, Object>> listed = new ArrayList<>();
		for (JsonNode source : sources) {
			listed.add(Map.of("id", source.get("id").asLong(), "version", source.get("version").asLong()));
		}
		return api.as("planner").post("/api/work-orders/merge", Map.of("workOrders", listed));
	}

	private static Map<String, Object> desks(String quantity) {
		return OrderFixtures.productLine(OrderFixtures.DEMO_PRODUCT, quantity);
	}

	private static Map<String, Object> table(String width, String material) {
		Map<String, Object> line = new HashMap<>();
		line.put("templateCode", "TPL-TABLE");
		line.put("parameters", Map.of("width", width, "depth", "800", "material", material, "finish", "oil"));
		line.put("quantity", "1");
		return line;
	}

	private JsonNode released(long customerId, Map<String, Object> line) {
		var created = api.as("planner").post("/api/orders", OrderFixtures.order(customerId, List.of(line)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new OrderFixtures(api).moved(created.json(), api.as("admin"), "confirm", "release");
	}

	private List<JsonNode> workOrders(JsonNode order) {
		var response = api.as("planner").get("/api/orders/" + order.get("id").asLong() + "/work-orders");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<JsonNode> list = new ArrayList<>();
		response.json().forEach(list::add);
		return list;
	}
}
