package io.atelier.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Releasing an order explodes it into work orders. The expected figures are worked out by hand below from the demo
 * template TPL-TABLE, the demo BOMs ({@code demo/55-boms.csv}) and routings ({@code demo/60-routings.csv}).
 */
@AtelierIntegrationTest
class WorkOrderExplosionTests {

	@Autowired
	Api api;

	@Test
	void aConfiguredTableIsReleasedIntoTheWorkOrderAndMaterialsCalculatedByHand() {
		var fixtures = new OrderFixtures(api);
		Map<String, Object> line = new HashMap<>();
		line.put("templateCode", "TPL-TABLE");
		line.put("parameters", Map.of("width", "1600", "depth", "900", "material", "walnut", "finish", "lacquer"));
		line.put("quantity", "3");
		JsonNode order = released(fixtures, fixtures.newCustomer(), List.of(line));
		String no = order.get("orderNumber").asString();
		LocalDate due = LocalDate.parse(order.get("dueDate").asString());

		JsonNode workOrders = workOrders(order);
		// the table is bought-in material only: one work order, 3 tables
		assertThat(workOrders).hasSize(1);
		JsonNode table = workOrders.get(0);
		assertThat(table.get("number").asString()).isEqualTo(no + "/WO-01");
		assertThat(table.get("itemCode").asString()).isEqualTo("PRD-TABLE-CUSTOM");
		assertThat(dec(table.get("quantity"))).isEqualTo("3");
		assertThat(table.get("parentNumber").isNull()).isTrue();
		assertThat(table.get("status").asString()).isEqualTo("READY");

		// top area 1.6 × 0.9 = 1.44 m²; finish lacquer: step 40 applies, the oil step 50 is left out
		// 10 cut: 2 + 1.44 = 3.44 min on M-NEST-01 (routing 3.0), M-NEST-02 keeps its ratio 3.6 / 3.0: 4.128; × 3
		// 20 edge: 2 × (1.6 + 0.9) × 0.5 = 2.5 on M-EDGE-01 (2.0), M-EDGE-02 2.5 × 2.5 / 2.0 = 3.125; × 3
		// 30 sand: 1.44 × 2.5 = 3.6; 40 lacquer: 1.44 × 4 = 5.76; 60 pack: 12 (no engraving)
		// 60 waited for 40 and 50; 50 is left out, so 60 waits for 40 and for 50's own predecessor 30
		JsonNode ops = table.get("operations");
		assertThat(texts(ops, "number")).containsExactly(no + "/WO-01/OP-10", no + "/WO-01/OP-20",
				no + "/WO-01/OP-30", no + "/WO-01/OP-40", no + "/WO-01/OP-60");
		assertThat(machineFigures(ops.get(0))).containsExactly("3.44/10.32", "4.128/12.384");
		assertThat(machineFigures(ops.get(1))).containsExactly("2.5/7.5", "3.125/9.375");
		assertThat(machineFigures(ops.get(2))).containsExactly("3.6/10.8");
		assertThat(machineFigures(ops.get(3))).containsExactly("5.76/17.28");
		assertThat(machineFigures(ops.get(4))).containsExactly("12/36");
		assertThat(texts(ops.get(4).get("predecessors"), null)).containsExactly(no + "/WO-01/OP-30",
				no + "/WO-01/OP-40");
		assertThat(ops.get(3).get("minLagMinutes").asInt()).isEqualTo(240);
		assertThat(ops.get(4).get("workers").asInt()).isEqualTo(2);
		assertThat(texts(ops, "status")).containsExactly("READY", "PENDING", "PENDING", "PENDING", "PENDING");

		// materials for 3 tables, scrap included, rounded up (pieces to whole pieces), needed a week before due:
		// veneer 3 × 1.44 / 0.9 = 4.8 m²; edge 3 × 2 × 2.5 / 0.95 = 15.78947… → 15.7895 m;
		// lacquer round(1.44 × 0.15, 3) = 0.216 → 3 × 0.216 / 0.8 = 0.81 l; legs 3 × 4 = 12;
		// screws 16 + 4 × ceil(1.6) = 24 → 3 × 24 / 0.98 = 73.47 → 74; cartons (width ≤ 1800) 2 → 6
		JsonNode materials = table.get("materials");
		assertThat(StreamSupport.stream(materials.spliterator(), false)
			.map(m -> tuple(m.get("itemCode").asString(), dec(m.get("quantity")), m.get("unit").asString(),
					m.get("needDate").asString(), m.get("leadTimeDays").asInt()))
			.toList()).containsExactly(tuple("MAT-VEN-WAL18", "4.8", "M2", due.minusDays(7).toString(), 14),
					tuple("MAT-EDGE-WAL", "15.7895", "M", due.minusDays(7).toString(), 14),
					tuple("MAT-CLEAR", "0.81", "L", due.minusDays(7).toString(), 7),
					tuple("MAT-LEG", "12", "PCS", due.minusDays(7).toString(), 21),
					tuple("MAT-SCREW", "74", "PCS", due.minusDays(7).toString(), 3),
					tuple("MAT-CARTON", "6", "PCS", due.minusDays(7).toString(), 4));
	}

	@Test
	void aCatalogProductIsExplodedThroughEveryLevelOfItsBomIntoLinkedWorkOrders() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = released(fixtures, fixtures.newCustomer(),
				List.of(OrderFixtures.productLine(OrderFixtures.DEMO_PRODUCT, "2")));
		String no = order.get("orderNumber").asString();
		LocalDate due = LocalDate.parse(order.get("dueDate").asString());

		// PRD-DESK-1200 × 2 → desk top 1 each (2) and drawer 1 each (2); the drawer → front 1 (2), sides 2 (4),
		// bottom 1 (2); numbered depth first
		JsonNode workOrders = workOrders(order);
		assertThat(StreamSupport.stream(workOrders.spliterator(), false)
			.map(wo -> tuple(wo.get("number").asString(), wo.get("itemCode").asString(), dec(wo.get("quantity")),
					wo.get("parentNumber").isNull() ? null : wo.get("parentNumber").asString(), wo.get("level").asInt(),
					wo.get("dueDate").asString()))
			.toList()).containsExactly(
					tuple(no + "/WO-01", "PRD-DESK-1200", "2", null, 1, due.toString()),
					tuple(no + "/WO-02", "PRT-DESK-TOP", "2", no + "/WO-01", 2, due.minusDays(7).toString()),
					tuple(no + "/WO-03", "SUB-DRAWER", "2", no + "/WO-01", 2, due.minusDays(7).toString()),
					tuple(no + "/WO-04", "PRT-DRW-FRONT", "2", no + "/WO-03", 3, due.minusDays(14).toString()),
					tuple(no + "/WO-05", "PRT-DRW-SIDE", "4", no + "/WO-03", 3, due.minusDays(14).toString()),
					tuple(no + "/WO-06", "PRT-DRW-BOTTOM", "2", no + "/WO-03", 3, due.minusDays(14).toString()));

		// the desk: 10 fit runners 8 min × 2, 20 inspect and pack 10 min × 2 after 10; legs 4 × 2, screws
		// 16 × 2 / 0.98 = 32.65 → 33, carton 1 × 2
		JsonNode desk = workOrders.get(0);
		assertThat(texts(desk.get("operations"), "number")).containsExactly(no + "/WO-01/OP-10", no + "/WO-01/OP-20");
		assertThat(machineFigures(desk.get("operations").get(0))).containsExactly("8/16");
		assertThat(machineFigures(desk.get("operations").get(1))).containsExactly("10/20");
		assertThat(texts(desk.get("operations").get(1).get("predecessors"), null)).containsExactly(no + "/WO-01/OP-10");
		assertThat(materialFigures(desk)).containsExactly("MAT-LEG 8", "MAT-SCREW 33", "MAT-CARTON 2");
		// the desk top for 2: veneer 0.72 × 2 / 0.9 = 1.6 m², edge 3.6 × 2 / 0.95 = 7.57894… → 7.5790 m,
		// lacquer 0.15 × 2 / 0.8 = 0.375 l; cut 1.2 min × 2 = 2.4 on M-SAW-01, 1.8 × 2 = 3.6 on M-SAW-02
		JsonNode top = workOrders.get(1);
		assertThat(materialFigures(top)).containsExactly("MAT-VEN-WAL18 1.6", "MAT-EDGE-WAL 7.579", "MAT-CLEAR 0.375");
		assertThat(machineFigures(top.get("operations").get(0))).containsExactly("1.2/2.4", "1.8/3.6");
		assertThat(top.get("materials").get(0).get("needDate").asString()).isEqualTo(due.minusDays(14).toString());
		// drawer sides 4: white board 0.0675 × 4 / 0.92 = 0.29347… → 0.2935 m², edge 0.45 × 4 / 0.95 = 1.8948 m
		assertThat(materialFigures(workOrders.get(4))).containsExactly("MAT-MEL-WH18 0.2935", "MAT-EDGE-WH 1.8948");
	}

	@Test
	void aConfiguredMadeComponentBecomesAChildWorkOrderForTheQuantityWithScrapRoundedUpToWholePieces() {
		var fixtures = new OrderFixtures(api);
		var planner = api.as("planner");
		// a desk template: width 800–2000; the top at 5 % scrap, four legs, a drawer only above 1500 mm;
		// runner fitting (10) only with the drawer, packing (20) width / 100 minutes
		Map<String, Object> width = new HashMap<>(Map.of("code", "width", "name", "宽度 Width", "kind", "NUMBER",
				"unit", "mm", "min", 800, "max", 2000, "required", true));
		Map<String, Object> body = new HashMap<>();
		String template = Api.unique("TPL-WO");
		body.put("code", template);
		body.put("name", "定制书桌 Custom desk");
		body.put("itemId", itemId("PRD-DESK-1200"));
		body.put("parameters", List.of(width));
		body.put("bomRules", List.of(bomRule("PRT-DESK-TOP", "1", null, "0.05"), bomRule("MAT-LEG", "4", null, null),
				bomRule("SUB-DRAWER", "1", "width > 1500", null)));
		body.put("stepRules", List.of(stepRule(10, "width > 1500", null), stepRule(20, null, "width / 100")));
		var created = planner.post("/api/product-templates", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var releasedTemplate = planner.post("/api/product-templates/" + created.json().get("id").asLong()
				+ "/versions/1/release?version=" + created.json().get("version").asLong(), Map.of());
		assertThat(releasedTemplate.status()).as(releasedTemplate.body()).isEqualTo(200);
		Map<String, Object> line = new HashMap<>(Map.of("templateCode", template, "parameters",
				Map.of("width", "1200"), "quantity", "3"));

		JsonNode order = released(fixtures, fixtures.newCustomer(), List.of(line));
		String no = order.get("orderNumber").asString();
		JsonNode workOrders = workOrders(order);

		// 3 desks: no drawer at 1200 mm; desk tops 3 × 1 / 0.95 = 3.158 → 4 pieces
		assertThat(texts(workOrders, "number")).containsExactly(no + "/WO-01", no + "/WO-02");
		assertThat(texts(workOrders, "itemCode")).containsExactly("PRD-DESK-1200", "PRT-DESK-TOP");
		assertThat(dec(workOrders.get(0).get("quantity"))).isEqualTo("3");
		assertThat(dec(workOrders.get(1).get("quantity"))).isEqualTo("4");
		assertThat(workOrders.get(1).get("parentNumber").asString()).isEqualTo(no + "/WO-01");
		// the desk: runner fitting left out; packing 1200 / 100 = 12 min × 3 = 36, and since the step it waited for
		// is left out and had no predecessors of its own, it is ready at once
		JsonNode desk = workOrders.get(0);
		assertThat(texts(desk.get("operations"), "number")).containsExactly(no + "/WO-01/OP-20");
		assertThat(machineFigures(desk.get("operations").get(0))).containsExactly("12/36");
		assertThat(desk.get("operations").get(0).get("predecessors")).isEmpty();
		assertThat(desk.get("operations").get(0).get("status").asString()).isEqualTo("READY");
		assertThat(materialFigures(desk)).containsExactly("MAT-LEG 12");
		// the 4 tops, through the catalog BOM and routing: veneer 0.72 × 4 / 0.9 = 3.2 m², edge 3.6 × 4 / 0.95 =
		// 15.15789… → 15.1579 m, lacquer 0.15 × 4 / 0.8 = 0.75 l; cut 1.2 × 4 = 4.8 and 1.8 × 4 = 7.2 minutes
		JsonNode top = workOrders.get(1);
		assertThat(materialFigures(top)).containsExactly("MAT-VEN-WAL18 3.2", "MAT-EDGE-WAL 15.1579", "MAT-CLEAR 0.75");
		assertThat(texts(top.get("operations"), "number")).hasSize(5);
		assertThat(machineFigures(top.get("operations").get(0))).containsExactly("1.2/4.8", "1.8/7.2");
	}

	private long itemId(String code) {
		return api.as("planner").get("/api/items?q=" + code).json().get("items").get(0).get("id").asLong();
	}

	private Map<String, Object> bomRule(String itemCode, String quantity, String condition, String scrap) {
		Map<String, Object> rule = new HashMap<>();
		rule.put("componentItemId", itemId(itemCode));
		rule.put("quantity", quantity);
		rule.put("condition", condition);
		rule.put("scrapFactor", scrap);
		return rule;
	}

	private static Map<String, Object> stepRule(int stepNo, String condition, String runMinutes) {
		Map<String, Object> rule = new HashMap<>();
		rule.put("stepNo", stepNo);
		rule.put("condition", condition);
		rule.put("runMinutes", runMinutes);
		return rule;
	}

	@Test
	void aMadeItemWithoutRoutingRefusesTheReleaseNamingTheLineAndWritesNothing() {
		var fixtures = new OrderFixtures(api);
		var planner = api.as("planner");
		String code = Api.unique("PRD-NOROUTE");
		var item = planner.post("/api/items", Map.of("code", code, "name", "无工艺产品 Product without routing",
				"type", "PRODUCT", "unit", "SET", "procurement", "MAKE"));
		assertThat(item.status()).as(item.body()).isEqualTo(201);
		var created = planner.post("/api/orders", OrderFixtures.order(fixtures.newCustomer(),
				List.of(OrderFixtures.productLine(OrderFixtures.DEMO_PRODUCT, "1"), OrderFixtures.productLine(code, "1"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode confirmed = fixtures.moved(created.json(), planner, "confirm");

		var release = planner.inChinese().post("/api/orders/" + confirmed.get("id").asLong() + "/release",
				Map.of("version", confirmed.get("version").asLong()));

		assertThat(release.status()).as(release.body()).isEqualTo(422);
		assertThat(release.fieldError("lines[1].itemCode")).contains("第 2 行", code, "工艺路线");
		JsonNode after = planner.get("/api/orders/" + confirmed.get("id").asLong()).json();
		assertThat(after.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(after.get("version").asLong()).isEqualTo(confirmed.get("version").asLong());
		assertThat(workOrders(after)).as("not even the first line's work orders").isEmpty();
	}

	@Test
	void anOrderIsReleasedOnceAndASecondReleaseIsAConflict() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = released(fixtures, fixtures.newCustomer(),
				List.of(OrderFixtures.productLine(OrderFixtures.DEMO_PRODUCT, "1")));

		var again = api.as("planner").post("/api/orders/" + order.get("id").asLong() + "/release",
				Map.of("version", order.get("version").asLong()));

		assertThat(again.status()).as(again.body()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains(order.get("orderNumber").asString(), "released");
		assertThat(workOrders(order)).hasSize(6);
	}

	@Test
	void twoPlannersReleasingAtOnceWriteTheWorkOrdersOnce() throws Exception {
		var fixtures = new OrderFixtures(api);
		var planner = api.as("planner");
		JsonNode confirmed = fixtures.moved(fixtures.draft(fixtures.newCustomer()), planner, "confirm");
		String path = "/api/orders/" + confirmed.get("id").asLong() + "/release";
		Map<String, Object> body = Map.of("version", confirmed.get("version").asLong());
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> releases = new ArrayList<>();
		for (String who : List.of("planner", "admin")) {
			releases.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return api.as(who).post(path, body).status();
			}));
		}
		start.countDown();

		List<Integer> statuses = releases.stream().map(CompletableFuture::join).sorted().toList();

		assertThat(statuses).containsExactly(200, 409);
		assertThat(texts(workOrders(confirmed), "number")).hasSize(6).doesNotHaveDuplicates();
	}

	@Test
	void aCustomerSeesTheProgressOfTheirOwnOrdersWorkOrdersButNotHowTheyAreMadeNorOthersOrders() {
		var fixtures = new OrderFixtures(api);
		JsonNode own = released(fixtures, fixtures.customerId(OrderFixtures.DEMO_CUSTOMER),
				List.of(OrderFixtures.productLine(OrderFixtures.DEMO_PRODUCT, "1")));
		JsonNode other = released(fixtures, fixtures.newCustomer(),
				List.of(OrderFixtures.productLine(OrderFixtures.DEMO_PRODUCT, "1")));
		var customer = api.as("customer");

		var mine = customer.get("/api/orders/" + own.get("id").asLong() + "/work-orders");
		var theirs = customer.get("/api/orders/" + other.get("id").asLong() + "/work-orders");

		assertThat(mine.status()).as(mine.body()).isEqualTo(200);
		JsonNode desk = mine.json().get(0);
		assertThat(desk.get("operations").get(0).get("status").asString()).isEqualTo("READY");
		assertThat(desk.get("operations").get(0).get("machines")).isEmpty();
		assertThat(desk.get("operations").get(0).get("workCenterId").isNull()).isTrue();
		assertThat(desk.get("materials")).isEmpty();
		assertThat(theirs.status()).isEqualTo(404);
	}

	@Test
	void anOperatorStartsAndFinishesOperationsAndAnOperationThatIsNotReadyIsRefusedWithTheReason() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = released(fixtures, fixtures.newCustomer(),
				List.of(OrderFixtures.productLine(OrderFixtures.DEMO_PRODUCT, "1")));
		JsonNode desk = workOrders(order).get(0);
		long fit = desk.get("operations").get(0).get("id").asLong();
		long pack = desk.get("operations").get(1).get("id").asLong();
		var operator = api.as("operator");

		var early = operator.inChinese().post("/api/operations/" + pack + "/start", Map.of());
		assertThat(early.status()).as(early.body()).isEqualTo(409);
		assertThat(early.json().get("detail").asString()).contains(desk.get("number").asString() + "/OP-20", "待处理");

		assertThat(operator.post("/api/operations/" + fit + "/start", Map.of()).status()).isEqualTo(200);
		var finished = operator.post("/api/operations/" + fit + "/finish", Map.of());
		assertThat(finished.status()).as(finished.body()).isEqualTo(200);
		assertThat(finished.json().get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(texts(finished.json().get("operations"), "status")).containsExactly("DONE", "READY");
		operator.post("/api/operations/" + pack + "/start", Map.of());
		var last = operator.post("/api/operations/" + pack + "/finish", Map.of());
		assertThat(last.json().get("status").asString()).isEqualTo("DONE");
	}

	private JsonNode released(OrderFixtures fixtures, long customerId, List<Map<String, Object>> lines) {
		var created = api.as("planner").post("/api/orders", OrderFixtures.order(customerId, lines));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return fixtures.moved(created.json(), api.as("planner"), "confirm", "release");
	}

	private JsonNode workOrders(JsonNode order) {
		var response = api.as("planner").get("/api/orders/" + order.get("id").asLong() + "/work-orders");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static List<String> texts(JsonNode array, String field) {
		return StreamSupport.stream(array.spliterator(), false)
			.map(node -> field == null ? node.asString() : node.get(field).asString())
			.toList();
	}

	/** Each machine's run minutes per unit and for the work order's quantity, as "per unit/total". */
	private static List<String> machineFigures(JsonNode operation) {
		return StreamSupport.stream(operation.get("machines").spliterator(), false)
			.map(m -> dec(m.get("runMinutesPerUnit")) + "/" + dec(m.get("runMinutes")))
			.toList();
	}

	private static List<String> materialFigures(JsonNode workOrder) {
		return StreamSupport.stream(workOrder.get("materials").spliterator(), false)
			.map(m -> m.get("itemCode").asString() + " " + dec(m.get("quantity")))
			.toList();
	}

	private static String dec(JsonNode number) {
		return number.decimalValue().stripTrailingZeros().toPlainString();
	}
}
