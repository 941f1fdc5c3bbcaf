package io.atelier.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Splitting a released work order by quantity (docs/orders.md, "Split and merge"), on the demo desk PRD-DESK-1200:
 * desk → desk top, drawer → drawer front, 2 sides, bottom; fit runners 8 min and pack 10 min per desk.
 */
@AtelierIntegrationTest
class WorkOrderSplitTests {

	@Autowired
	Api api;

	@Test
	void aSplitWorkOrderAndItsPartAddUpExactlyAndTheSubAssembliesSplitWithItNumberedAfterTheOrdersLast() {
		JsonNode order = releasedDesks("10");
		String no = order.get("orderNumber").asString();
		List<JsonNode> before = workOrders(order);
		JsonNode desk = before.get(0);

		var split = split(desk, "4");

		assertThat(split.status()).as(split.body()).isEqualTo(200);
		assertThat(split.json().get("original").get("number").asString()).isEqualTo(no + "/WO-01");
		assertThat(split.json().get("split").get("number").asString()).isEqualTo(no + "/WO-07");
		List<JsonNode> after = workOrders(order);
		// the new desk first, then its sub-assemblies depth first, each with the share of its own original
		assertThat(after.stream()
			.map(wo -> tuple(wo.get("number").asString(), wo.get("itemCode").asString(), dec(wo.get("quantity")),
					wo.get("parentNumber").isNull() ? null : wo.get("parentNumber").asString(),
					wo.get("status").asString()))
			.toList()).containsExactly(tuple(no + "/WO-01", "PRD-DESK-1200", "6", null, "READY"),
					tuple(no + "/WO-02", "PRT-DESK-TOP", "6", no + "/WO-01", "READY"),
					tuple(no + "/WO-03", "SUB-DRAWER", "6", no + "/WO-01", "READY"),
					tuple(no + "/WO-04", "PRT-DRW-FRONT", "6", no + "/WO-03", "READY"),
					tuple(no + "/WO-05", "PRT-DRW-SIDE", "12", no + "/WO-03", "READY"),
					tuple(no + "/WO-06", "PRT-DRW-BOTTOM", "6", no + "/WO-03", "READY"),
					tuple(no + "/WO-07", "PRD-DESK-1200", "4", null, "READY"),
					tuple(no + "/WO-08", "PRT-DESK-TOP", "4", no + "/WO-07", "READY"),
					tuple(no + "/WO-09", "SUB-DRAWER", "4", no + "/WO-07", "READY"),
					tuple(no + "/WO-10", "PRT-DRW-FRONT", "4", no + "/WO-09", "READY"),
					tuple(no + "/WO-11", "PRT-DRW-SIDE", "8", no + "/WO-09", "READY"),
					tuple(no + "/WO-12", "PRT-DRW-BOTTOM", "4", no + "/WO-09", "READY"));
		// the same steps, run minutes per unit × quantity: 8 × 6 = 48 and 8 × 4 = 32 (80 before)
		JsonNode part = after.get(6);
		assertThat(texts(part.get("operations"), "number")).containsExactly(no + "/WO-07/OP-10", no + "/WO-07/OP-20");
		assertThat(texts(part.get("operations"), "status")).containsExactly("READY", "PENDING");
		assertThat(runMinutes(after.get(0))).containsExactly("48", "60");
		assertThat(runMinutes(part)).containsExactly("32", "40");
		// screws 16 × 10 / 0.98 = 163.27 → 164; the part 164 × 4 / 10 = 65.6 → 66, the original keeps 98
		assertThat(materials(part)).containsExactly("MAT-LEG 16", "MAT-SCREW 66", "MAT-CARTON 4");
		assertThat(materials(after.get(0))).containsExactly("MAT-LEG 24", "MAT-SCREW 98", "MAT-CARTON 6");
		// every work order's original and part together are exactly what the original was
		for (int i = 0; i < 6; i++) {
			JsonNode was = before.get(i);
			JsonNode kept = after.get(i);
			JsonNode took = after.get(i + 6);
			assertThat(new BigDecimal(dec(kept.get("quantity"))).add(new BigDecimal(dec(took.get("quantity")))))
				.isEqualByComparingTo(new BigDecimal(dec(was.get("quantity"))));
			assertThat(totalRunMinutes(kept).add(totalRunMinutes(took))).as(was.get("number").asString())
				.isEqualByComparingTo(totalRunMinutes(was));
			assertThat(totalMaterials(kept).add(totalMaterials(took))).as(was.get("number").asString())
				.isEqualByComparingTo(totalMaterials(was));
		}

		// numbers are never given twice: the next split continues after WO-12
		var again = split(workOrders(order).get(0), "1");
		assertThat(again.json().get("split").get("number").asString()).isEqualTo(no + "/WO-13");
	}

	@Test
	void aWorkOrderInProgressSplitsOffPiecesNotStartedWhichStartFromTheFirstOperation() {
		JsonNode order = releasedDesks("5");
		JsonNode desk = workOrders(order).get(0);
		var started = api.as("supervisor")
			.post("/api/operations/" + desk.get("operations").get(0).get("id").asLong() + "/start", Map.of());
		assertThat(started.status()).as(started.body()).isEqualTo(200);

		var split = split(started.json(), "2");

		assertThat(split.status()).as(split.body()).isEqualTo(200);
		JsonNode original = split.json().get("original");
		assertThat(original.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(texts(original.get("operations"), "status")).containsExactly("IN_PROGRESS", "PENDING");
		assertThat(dec(original.get("quantity"))).isEqualTo("3");
		JsonNode part = split.json().get("split");
		assertThat(part.get("status").asString()).isEqualTo("READY");
		assertThat(texts(part.get("operations"), "status")).containsExactly("READY", "PENDING");
		assertThat(split.json().get("subAssemblies")).hasSize(10); // 5 sub-assemblies, each original and part
	}

	@Test
	void theQuantityMustLeaveSomethingOnBothSidesAndBeWholePiecesAndAStaleVersionIsRefused() {
		JsonNode order = releasedDesks("3");
		JsonNode desk = workOrders(order).get(0);

		for (String quantity : List.of("0", "3", "5", "1.5")) {
			var refused = split(desk, quantity);
			assertThat(refused.status()).as(quantity).isEqualTo(422);
			assertThat(refused.fieldError("quantity")).as(quantity).isNotBlank();
		}
		var chinese = api.as("planner")
			.inChinese()
			.post("/api/work-orders/" + desk.get("id").asLong() + "/split",
					Map.of("version", desk.get("version").asLong(), "quantity", "3"));
		assertThat(chinese.fieldError("quantity")).isEqualTo("必须大于 0 且小于 3 SET");

		assertThat(split(desk, "1").status()).isEqualTo(200);
		var stale = split(desk, "1");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(workOrders(order)).hasSize(12);
	}

	@Test
	void aMergedWorkOrderCannotBeSplitAndTheReasonNamesIt() {
		JsonNode first = releasedDesks("1");
		JsonNode second = releasedDesks("1");
		JsonNode a = workOrders(first).get(0);
		JsonNode b = workOrders(second).get(0);
		var merged = api.as("planner").post("/api/work-orders/merge", Map.of("workOrders", List.of(
				Map.of("id", a.get("id").asLong(), "version", a.get("version").asLong()),
				Map.of("id", b.get("id").asLong(), "version", b.get("version").asLong()))));
		assertThat(merged.status()).as(merged.body()).isEqualTo(200);

		JsonNode source = workOrders(first).get(0);
		var refused = split(source, "1");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains(source.get("number").asString())
			.contains("merged");
		JsonNode batch = merged.json();
		var batchRefused = split(batch, "1");
		assertThat(batchRefused.status()).isEqualTo(409);
		assertThat(batchRefused.json().get("detail").asString()).contains("batch");
	}

	private Api.Response split(JsonNode workOrder, String quantity) {
		Map<String, Object> body = new HashMap<>();
		body.put("version", workOrder.get("version").asLong());
		body.put("quantity", quantity);
		return api.as("planner").post("/api/work-orders/" + workOrder.get("id").asLong() + "/split", body);
	}

	private JsonNode releasedDesks(String quantity) {
		var fixtures = new OrderFixtures(api);
		var created = api.as("planner")
			.post("/api/orders", OrderFixtures.order(fixtures.newCustomer(),
					List.of(OrderFixtures.productLine(OrderFixtures.DEMO_PRODUCT, quantity))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return fixtures.moved(created.json(), api.as("admin"), "confirm", "release");
	}

	private List<JsonNode> workOrders(JsonNode order) {
		var response = api.as("planner").get("/api/orders/" + order.get("id").asLong() + "/work-orders");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<JsonNode> list = new ArrayList<>();
		response.json().forEach(list::add);
		return list;
	}

	static String dec(JsonNode node) {
		return node.decimalValue().stripTrailingZeros().toPlainString();
	}

	static List<String> texts(JsonNode array, String field) {
		return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asString()).toList();
	}

	/** The run minutes of the whole quantity on each operation's first machine. */
	static List<String> runMinutes(JsonNode workOrder) {
		return StreamSupport.stream(workOrder.get("operations").spliterator(), false)
			.map(op -> dec(op.get("machines").get(0).get("runMinutes")))
			.toList();
	}

	static List<String> materials(JsonNode workOrder) {
		return StreamSupport.stream(workOrder.get("materials").spliterator(), false)
			.map(m -> m.get("itemCode").asString() + " " + dec(m.get("quantity")))
			.toList();
	}

	static BigDecimal totalRunMinutes(JsonNode workOrder) {
		BigDecimal total = BigDecimal.ZERO;
		for (JsonNode op : workOrder.get("operations")) {
			for (JsonNode machine : op.get("machines")) {
				total = total.add(machine.get("runMinutes").decimalValue());
			}
		}
		return total;
	}

	static BigDecimal totalMaterials(JsonNode workOrder) {
		BigDecimal total = BigDecimal.ZERO;
		for (JsonNode material : workOrder.get("materials")) {
			total = total.add(material.get("quantity").decimalValue());
		}
		return total;
	}
}
