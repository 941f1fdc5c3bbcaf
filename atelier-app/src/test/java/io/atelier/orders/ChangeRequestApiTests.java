package io.atelier.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Change requests of released orders (docs/orders.md, "Change requests"), against the real PostgreSQL. The demo desk
 * PRD-DESK-1200 × 2 explodes into WO-01 desk 2, WO-02 top 2, WO-03 drawer 2, WO-04 front 2, WO-05 sides 4, WO-06 bottom 2
 * (see WorkOrderExplosionTests).
 */
@AtelierIntegrationTest
class ChangeRequestApiTests {

	@Autowired
	Api api;

	@Test
	void anApprovedQuantityChangeReExplodesNotStartedWorkInPlaceWithTheSameNumbers() {
		JsonNode order = releasedDesk("2");
		String no = order.get("orderNumber").asString();

		var requested = request(order, "planner", change("CHANGE_QUANTITY", "lineNo", 1, "quantity", "3"));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		JsonNode request = requested.json();
		assertThat(request.get("status").asString()).isEqualTo("PENDING");
		assertThat(texts(request.at("/impact/reexploded"), "number")).containsExactly(no + "/WO-01", no + "/WO-02",
				no + "/WO-03", no + "/WO-04", no + "/WO-05", no + "/WO-06");
		assertThat(request.at("/impact/added")).isEmpty();
		// the order does not change before approval
		assertThat(quantities(order)).containsExactly("WO-01 2", "WO-02 2", "WO-03 2", "WO-04 2", "WO-05 4", "WO-06 2");
		assertThat(inbox()).contains(request.get("id").asLong());

		var approved = decide(request, "manager", "approve", currentOrder(order));
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.json().get("decidedBy").asString()).isEqualTo("manager");

		assertThat(quantities(order)).containsExactly("WO-01 3", "WO-02 3", "WO-03 3", "WO-04 3", "WO-05 6", "WO-06 3");
		JsonNode desk = workOrders(order).get(0);
		assertThat(desk.get("operations").get(0).get("machines").get(0).get("runMinutes").decimalValue())
			.isEqualByComparingTo("24"); // fit runners 8 min × 3
		assertThat(desk.get("materials").get(0).get("quantity").decimalValue()).isEqualByComparingTo("12"); // legs 4 × 3
		JsonNode after = currentOrder(order);
		assertThat(after.at("/lines/0/quantity").decimalValue()).isEqualByComparingTo("3");
		assertThat(after.get("status").asString()).isEqualTo("RELEASED");
		assertThat(inbox()).doesNotContain(request.get("id").asLong());
		var log = api.as("supervisor").get("/api/orders/" + order.get("id").asLong() + "/change-requests");
		assertThat(log.status()).isEqualTo(200);
		assertThat(log.json().get(0).get("status").asString()).isEqualTo("APPROVED");
		assertThat(log.json().get(0).at("/proposal/quantity").decimalValue()).isEqualByComparingTo("3");
	}

	@Test
	void startedWorkIsKeptAndFlaggedWhileTheRestIsReExploded() {
		JsonNode order = releasedDesk("2");
		String no = order.get("orderNumber").asString();
		long front = workOrders(order).get(3).at("/operations/0/id").asLong();
		assertThat(api.as("operator").post("/api/operations/" + front + "/start", Map.of()).status()).isEqualTo(200);

		JsonNode request = request(order, "planner", change("CHANGE_QUANTITY", "lineNo", 1, "quantity", "3")).json();
		assertThat(texts(request.at("/impact/flagged"), "number")).containsExactly(no + "/WO-04");
		var approved = decide(request, "admin", "approve", currentOrder(order));
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);

		assertThat(quantities(order)).containsExactly("WO-01 3", "WO-02 3", "WO-03 3", "WO-04 2", "WO-05 6", "WO-06 3");
		JsonNode started = workOrders(order).get(3);
		assertThat(started.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(started.get("needsDecision").asBoolean()).isTrue();
		assertThat(started.get("decisionReason").asString()).isEqualTo("QUANTITY_CHANGED");
		assertThat(started.get("decisionQuantity").decimalValue()).isEqualByComparingTo("3");
		assertThat(started.get("decisionChangeRequestId").asLong()).isEqualTo(request.get("id").asLong());
		assertThat(workOrders(order).get(0).get("needsDecision").asBoolean()).isFalse();
	}

	@Test
	void addingALineNumbersNewWorkOrdersOnAndRemovingItCancelsThemNeverReusingNumbers() {
		JsonNode order = releasedDesk("1");
		String no = order.get("orderNumber").asString();
		Map<String, Object> line = OrderFixtures.productLine(OrderFixtures.DEMO_PRODUCT, "1");
		JsonNode add = request(order, "planner", change("ADD_LINE", "line", line)).json();
		assertThat(decide(add, "manager", "approve", currentOrder(order)).status()).isEqualTo(200);
		assertThat(texts(workOrders(order), "number")).hasSize(12).contains(no + "/WO-07", no + "/WO-12");

		JsonNode remove = request(order, "planner", change("REMOVE_LINE", "lineNo", 2)).json();
		assertThat(decide(remove, "manager", "approve", currentOrder(order)).status()).isEqualTo(200);
		JsonNode workOrders = workOrders(order);
		assertThat(StreamSupport.stream(workOrders.spliterator(), false)
			.filter(wo -> wo.get("lineNo").asInt() == 2)
			.map(wo -> wo.get("status").asString())).hasSize(6).containsOnly("CANCELLED");
		assertThat(currentOrder(order).get("lines")).hasSize(1);

		JsonNode again = request(order, "planner", change("CHANGE_QUANTITY", "lineNo", 1, "quantity", "2")).json();
		assertThat(decide(again, "manager", "approve", currentOrder(order)).status()).isEqualTo(200);
		assertThat(texts(workOrders(order), "number")).hasSize(12).doesNotHaveDuplicates();
	}

	@Test
	void anApprovedCancellationCancelsTheOrderAndNotStartedWorkAndFlagsStartedWork() {
		JsonNode order = releasedDesk("1");
		long desk = workOrders(order).get(0).at("/operations/0/id").asLong();
		api.as("operator").post("/api/operations/" + desk + "/start", Map.of());
		var cancel = api.as("planner").post("/api/orders/" + order.get("id").asLong() + "/cancel",
				Map.of("version", currentOrder(order).get("version").asLong(), "reason", "customer called"));
		assertThat(cancel.status()).isEqualTo(409); // a released order is cancelled only through a change request
		assertThat(currentOrder(order).get("actions").toString()).contains("request-change");

		JsonNode request = request(order, "planner", change("CANCEL")).json();
		assertThat(request.at("/impact/orderCancelled").asBoolean()).isTrue();
		assertThat(decide(request, "manager", "approve", currentOrder(order)).status()).isEqualTo(200);

		JsonNode after = currentOrder(order);
		assertThat(after.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(after.get("statusReason").asString()).isEqualTo("test reason");
		JsonNode workOrders = workOrders(order);
		assertThat(workOrders.get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(workOrders.get(0).get("decisionReason").asString()).isEqualTo("ORDER_CANCELLED");
		assertThat(StreamSupport.stream(workOrders.spliterator(), false).skip(1).map(wo -> wo.get("status").asString()))
			.containsOnly("CANCELLED");
	}

	@Test
	void aRejectionChangesNothingAndNeedsANote() {
		JsonNode order = releasedDesk("2");
		JsonNode before = currentOrder(order);
		JsonNode request = request(order, "planner", change("CHANGE_PRIORITY", "priority", "RUSH")).json();

		var noNote = api.as("manager").inChinese()
			.post("/api/change-requests/" + request.get("id").asLong() + "/reject", Map.of("version", 0));
		assertThat(noNote.status()).isEqualTo(422);
		assertThat(noNote.fieldError("note")).isNotNull();
		var rejected = api.as("manager")
			.post("/api/change-requests/" + request.get("id").asLong() + "/reject",
					Map.of("version", request.get("version").asLong(), "note", "no capacity"));
		assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");

		JsonNode after = currentOrder(order);
		assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong());
		assertThat(after.get("priority").asString()).isEqualTo("NORMAL");
		assertThat(quantities(order)).containsExactly("WO-01 2", "WO-02 2", "WO-03 2", "WO-04 2", "WO-05 4", "WO-06 2");
		var late = decide(rejected.json(), "admin", "approve", after);
		assertThat(late.status()).isEqualTo(409);
	}

	@Test
	void theRequesterMayNotDecideTheirOwnRequestUnlessAdministratorAndCustomersNeverSeeRequests() {
		JsonNode order = releasedDesk("2");
		JsonNode own = request(order, "planner", change("CHANGE_PRIORITY", "priority", "HIGH")).json();
		assertThat(own.get("actions").toString()).contains("withdraw").doesNotContain("approve");

		assertThat(decide(own, "planner", "approve", currentOrder(order)).status()).isEqualTo(403);
		assertThat(decide(own, "supervisor", "approve", currentOrder(order)).status()).isEqualTo(403);
		var withdrawn = api.as("planner")
			.post("/api/change-requests/" + own.get("id").asLong() + "/withdraw", Map.of("version", own.get("version").asLong()));
		assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
		assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");

		JsonNode admins = request(order, "admin", change("CHANGE_PRIORITY", "priority", "HIGH")).json();
		var selfApproved = decide(admins, "admin", "approve", currentOrder(order));
		assertThat(selfApproved.status()).as(selfApproved.body()).isEqualTo(200);
		assertThat(currentOrder(order).get("priority").asString()).isEqualTo("HIGH");

		assertThat(api.as("customer").get("/api/orders/" + order.get("id").asLong() + "/change-requests").status())
			.isEqualTo(403);
		assertThat(api.as("customer").get("/api/change-requests").status()).isEqualTo(403);
	}

	@Test
	void aMissingReasonOrABadParameterValueIsRefusedNamingTheFieldAndADraftCannotBeChangedThisWay() {
		JsonNode order = releasedDesk("2");
		Map<String, Object> noReason = change("CHANGE_QUANTITY", "lineNo", 1, "quantity", "3");
		noReason.remove("reason");
		noReason.put("version", order.get("version").asLong());
		var refused = api.as("planner").inChinese().post(path(order), noReason);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.fieldError("reason")).isNotBlank();

		Map<String, Object> line = new HashMap<>();
		line.put("templateCode", "TPL-TABLE");
		line.put("parameters", Map.of("width", "1600", "depth", "900", "material", "walnut", "finish", "lacquer"));
		line.put("quantity", "1");
		var fixtures = new OrderFixtures(api);
		var created = api.as("planner").post("/api/orders",
				OrderFixtures.order(fixtures.newCustomer(), List.of(OrderFixtures.productLine(OrderFixtures.DEMO_PRODUCT, "1"), line)));
		JsonNode table = fixtures.moved(created.json(), api.as("planner"), "confirm", "release");
		var bad = api.as("planner").post(path(table), change("CHANGE_PARAMETERS", "version", table.get("version").asLong(),
				"lineNo", 2, "parameters", Map.of("width", "5000", "depth", "900", "material", "walnut", "finish", "lacquer")));
		assertThat(bad.status()).as(bad.body()).isEqualTo(422);
		assertThat(bad.fieldError("lines[1].parameters.width")).as(bad.body()).contains("2400"); // TPL-TABLE: 1000–2400 mm
		var good = api.as("planner").post(path(table), change("CHANGE_PARAMETERS", "version", table.get("version").asLong(),
				"lineNo", 2, "parameters", Map.of("width", "1800", "depth", "900", "material", "walnut", "finish", "lacquer")));
		assertThat(good.status()).as(good.body()).isEqualTo(201);
		assertThat(good.json().at("/proposal/line/parameters/width").asString()).isEqualTo("1800");

		JsonNode draft = fixtures.draft(fixtures.newCustomer());
		assertThat(api.as("planner").post(path(draft), change("CANCEL", "version", draft.get("version").asLong())).status())
			.isEqualTo(409);
	}

	@Test
	void staleVersionsAndARequestOvertakenByAnotherApprovedChangeAnswer409() {
		JsonNode order = releasedDesk("2");
		Map<String, Object> stale = change("CHANGE_QUANTITY", "lineNo", 1, "quantity", "3");
		stale.put("version", order.get("version").asLong() - 1);
		assertThat(api.as("planner").post(path(order), stale).status()).isEqualTo(409);

		JsonNode first = request(order, "planner", change("CHANGE_QUANTITY", "lineNo", 1, "quantity", "3")).json();
		JsonNode second = request(order, "planner", change("CHANGE_QUANTITY", "lineNo", 1, "quantity", "5")).json();
		var staleOrder = api.as("manager").post("/api/change-requests/" + first.get("id").asLong() + "/approve",
				Map.of("version", first.get("version").asLong(), "orderVersion", order.get("version").asLong() - 1));
		assertThat(staleOrder.status()).isEqualTo(409);
		assertThat(decide(first, "manager", "approve", currentOrder(order)).status()).isEqualTo(200);

		var overtaken = api.as("manager").inChinese().post("/api/change-requests/" + second.get("id").asLong() + "/approve",
				Map.of("version", second.get("version").asLong(), "orderVersion", currentOrder(order).get("version").asLong()));
		assertThat(overtaken.status()).isEqualTo(409);
		assertThat(overtaken.json().get("detail").asString()).contains("#" + first.get("id").asLong(), "撤回");
		assertThat(quantities(order)).containsExactly("WO-01 3", "WO-02 3", "WO-03 3", "WO-04 3", "WO-05 6", "WO-06 3");
	}

	@Test
	void twoPlannersApprovingChangesOfTheSameOrderAtOnceOneWinsTheOtherGets409AndNothingIsHalfApplied()
			throws Exception {
		// planners approve (atelier.orders.change-approvers), but not their own requests: two more planners decide
		String first = api.newUser("PLANNER");
		String second = api.newUser("PLANNER");
		for (int round = 0; round < 3; round++) {
			JsonNode order = releasedDesk("2");
			JsonNode toThree = request(order, "planner", change("CHANGE_QUANTITY", "lineNo", 1, "quantity", "3")).json();
			JsonNode toFive = request(order, "planner", change("CHANGE_QUANTITY", "lineNo", 1, "quantity", "5")).json();
			JsonNode seen = currentOrder(order);
			CyclicBarrier barrier = new CyclicBarrier(2);
			List<CompletableFuture<Api.Response>> decisions = new ArrayList<>();
			Map<String, JsonNode> plan = Map.of(first, toThree, second, toFive);
			for (var entry : plan.entrySet()) {
				decisions.add(CompletableFuture.supplyAsync(() -> {
					try {
						barrier.await();
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
					return decide(entry.getValue(), entry.getKey(), "approve", seen);
				}));
			}
			List<Api.Response> responses = decisions.stream().map(CompletableFuture::join).toList();

			assertThat(responses.stream().map(Api.Response::status).sorted()).containsExactly(200, 409);
			Api.Response loser = responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
			assertThat(loser.json().get("detail").asString()).isNotBlank();
			JsonNode winner = responses.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json();
			boolean three = winner.get("id").asLong() == toThree.get("id").asLong();
			String n = three ? "3" : "5";
			String sides = three ? "6" : "10";
			assertThat(quantities(order)).containsExactly("WO-01 " + n, "WO-02 " + n, "WO-03 " + n, "WO-04 " + n,
					"WO-05 " + sides, "WO-06 " + n);
			assertThat(currentOrder(order).at("/lines/0/quantity").decimalValue()).isEqualByComparingTo(n);
			assertThat(currentOrder(order).get("version").asLong()).isEqualTo(seen.get("version").asLong() + 1);
			var log = api.as("planner").get("/api/orders/" + order.get("id").asLong() + "/change-requests").json();
			assertThat(StreamSupport.stream(log.spliterator(), false)
				.map(r -> r.get("id").asLong() + " " + r.get("status").asString())).containsExactlyInAnyOrder(
						toThree.get("id").asLong() + " " + (three ? "APPROVED" : "PENDING"),
						toFive.get("id").asLong() + " " + (three ? "PENDING" : "APPROVED"));
		}
	}

	@Test
	void twoPlannersApprovingTheSameRequestAtOnceApplyItOnce() throws Exception {
		JsonNode order = releasedDesk("2");
		JsonNode request = request(order, "planner", change("CHANGE_QUANTITY", "lineNo", 1, "quantity", "4")).json();
		JsonNode seen = currentOrder(order);
		CyclicBarrier barrier = new CyclicBarrier(2);
		List<CompletableFuture<Integer>> decisions = new ArrayList<>();
		for (String who : List.of(api.newUser("PLANNER"), api.newUser("PLANNER"))) {
			decisions.add(CompletableFuture.supplyAsync(() -> {
				try {
					barrier.await();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
				return decide(request, who, "approve", seen).status();
			}));
		}
		assertThat(decisions.stream().map(CompletableFuture::join).sorted()).containsExactly(200, 409);
		assertThat(quantities(order)).containsExactly("WO-01 4", "WO-02 4", "WO-03 4", "WO-04 4", "WO-05 8", "WO-06 4");
		assertThat(currentOrder(order).get("version").asLong()).isEqualTo(seen.get("version").asLong() + 1);
	}

	@Test
	void aRetriedApprovalWithTheSameIdempotencyKeyReturnsTheFirstResult() {
		JsonNode order = releasedDesk("2");
		JsonNode request = request(order, "planner", change("CHANGE_QUANTITY", "lineNo", 1, "quantity", "3")).json();
		var manager = api.as("manager").withHeader("Idempotency-Key", Api.unique("approve"));
		Map<String, Object> body = Map.of("version", request.get("version").asLong(), "orderVersion",
				currentOrder(order).get("version").asLong());
		String approve = "/api/change-requests/" + request.get("id").asLong() + "/approve";

		var first = manager.post(approve, body);
		var retry = manager.post(approve, body);

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(quantities(order)).containsExactly("WO-01 3", "WO-02 3", "WO-03 3", "WO-04 3", "WO-05 6", "WO-06 3");
	}

	// helpers

	private JsonNode releasedDesk(String quantity) {
		var fixtures = new OrderFixtures(api);
		var created = api.as("planner").post("/api/orders", OrderFixtures.order(fixtures.newCustomer(),
				List.of(OrderFixtures.productLine(OrderFixtures.DEMO_PRODUCT, quantity))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return fixtures.moved(created.json(), api.as("planner"), "confirm", "release");
	}

	private static Map<String, Object> change(String kind, Object... fields) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", kind);
		body.put("reason", "test reason");
		for (int i = 0; i < fields.length; i += 2) {
			body.put((String) fields[i], fields[i + 1]);
		}
		return body;
	}

	private static String path(JsonNode order) {
		return "/api/orders/" + order.get("id").asLong() + "/change-requests";
	}

	private Api.Response request(JsonNode order, String who, Map<String, Object> change) {
		Map<String, Object> body = new HashMap<>(change);
		body.putIfAbsent("version", currentOrder(order).get("version").asLong());
		var response = api.as(who).post(path(order), body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response;
	}

	private Api.Response decide(JsonNode request, String who, String action, JsonNode order) {
		return api.as(who)
			.post("/api/change-requests/" + request.get("id").asLong() + "/" + action,
					Map.of("version", request.get("version").asLong(), "orderVersion", order.get("version").asLong(),
							"note", "ok"));
	}

	private JsonNode currentOrder(JsonNode order) {
		return api.as("planner").get("/api/orders/" + order.get("id").asLong()).json();
	}

	private List<Long> inbox() {
		JsonNode items = api.as("manager").get("/api/change-requests?status=PENDING&size=500").json().get("items");
		return StreamSupport.stream(items.spliterator(), false).map(r -> r.get("id").asLong()).toList();
	}

	private JsonNode workOrders(JsonNode order) {
		var response = api.as("planner").get("/api/orders/" + order.get("id").asLong() + "/work-orders");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/** "WO-NN quantity" of each work order not cancelled. */
	private List<String> quantities(JsonNode order) {
		return StreamSupport.stream(workOrders(order).spliterator(), false)
			.filter(wo -> !"CANCELLED".equals(wo.get("status").asString()))
			.map(wo -> wo.get("number").asString().replaceAll(".*/", "") + " "
					+ wo.get("quantity").decimalValue().stripTrailingZeros().toPlainString())
			.toList();
	}

	private static List<String> texts(JsonNode array, String field) {
		return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asString()).toList();
	}
}
