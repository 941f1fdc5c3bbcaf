package io.atelier.acceptance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.orders.OrderWork;
import io.atelier.planning.CurrentPlan;
import io.atelier.planning.FactoryProblem;
import io.atelier.planning.PlanSnapshot;
import io.atelier.planning.ProblemTranslation;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 4's acceptance: a configured order entered through the API gets a promise date, is released, and its work
 * orders, operations, quantities and run times are the ones calculated by hand from the demo template TPL-TABLE, its
 * BOM and routing ({@code demo/60-routings.csv}) — in the order's work orders and in the engine's problem.
 */
@AtelierIntegrationTest
class OrderPromiseAcceptanceTests {

	@Autowired
	Api api;

	@Autowired
	OrderWork work;

	@Autowired
	ProblemTranslation translation;

	@Autowired
	CurrentPlan plans;

	@Test
	void aConfiguredOrderIsPromisedReleasedAndBecomesTheWorkOrdersAndRunTimesCalculatedByHand() {
		var planner = api.as("planner");
		long customer = planner.post("/api/customers", Map.of("code", Api.unique("CU"), "name", "验收客户 Acceptance"))
			.json()
			.get("id")
			.asLong();
		Map<String, Object> line = new HashMap<>();
		line.put("templateCode", "TPL-TABLE");
		line.put("parameters", Map.of("width", "1600", "depth", "900", "material", "walnut", "finish", "lacquer"));
		line.put("quantity", "3");
		var created = planner.post("/api/orders", Map.of("customerId", customer, "requestedDate",
				LocalDate.now().plusDays(40).toString(), "lines", List.of(line)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode order = created.json();
		long id = order.get("id").asLong();

		// the proposal: five operations, after the steel legs (21 days, the longest lead time) can be there
		var proposal = planner.post("/api/orders/" + id + "/promise-proposal", Map.of());
		assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
		String proposed = proposal.json().get("proposedDate").asString();
		assertThat(proposal.json().get("operations").asInt()).isEqualTo(5);
		assertThat(LocalDate.parse(proposed)).isAfterOrEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(21));

		// accept it
		var promised = planner.post("/api/orders/" + id + "/promise",
				Map.of("version", order.get("version").asLong(), "promisedDate", proposed, "proposedDate", proposed));
		assertThat(promised.status()).as(promised.body()).isEqualTo(200);
		assertThat(promised.json().get("promisedDate").asString()).isEqualTo(proposed);

		JsonNode released = move(planner, promised.json(), "confirm", "release");
		String no = released.get("orderNumber").asString();
		assertThat(released.get("dueDate").asString()).isEqualTo(proposed);

		// one work order of 3 tables with the five operations figured by hand in WorkOrderExplosionTests:
		// run minutes per unit / of the quantity on each machine
		JsonNode workOrders = planner.get("/api/orders/" + id + "/work-orders").json();
		assertThat(workOrders).hasSize(1);
		JsonNode table = workOrders.get(0);
		assertThat(table.get("itemCode").asString()).isEqualTo("PRD-TABLE-CUSTOM");
		assertThat(table.get("quantity").decimalValue()).isEqualByComparingTo("3");
		assertThat(table.get("dueDate").asString()).isEqualTo(proposed);
		JsonNode ops = table.get("operations");
		assertThat(StreamSupport.stream(ops.spliterator(), false).map(op -> op.get("number").asString()).toList())
			.containsExactly(no + "/WO-01/OP-10", no + "/WO-01/OP-20", no + "/WO-01/OP-30", no + "/WO-01/OP-40",
					no + "/WO-01/OP-60");
		assertThat(figures(ops.get(0))).containsExactly("3.44/10.32", "4.128/12.384");
		assertThat(figures(ops.get(1))).containsExactly("2.5/7.5", "3.125/9.375");
		assertThat(figures(ops.get(2))).containsExactly("3.6/10.8");
		assertThat(figures(ops.get(3))).containsExactly("5.76/17.28");
		assertThat(figures(ops.get(4))).containsExactly("12/36");

		// the engine sees the same work: run minutes rounded up plus the routing's setup (demo/60-routings.csv),
		// cut 11 + 12 or 13 + 15; edge 8 + 15 or 10 + 20; sand 11 + 10; lacquer 18 + 20; pack 36 + 5,
		// packing after sanding and, 240 minutes of drying later, after the lacquer
		var mine = work.open().stream().filter(o -> o.orderId() == id).toList();
		FactoryProblem factory = translation.translate(mine, java.time.Instant.now());
		List<Operation> engine = factory.problem().operations();
		assertThat(engine).extracting(o -> o.machines().stream().map(e -> e.processingMinutes()).toList())
			.containsExactly(List.of(23L, 28L), List.of(23L, 30L), List.of(21L), List.of(38L), List.of(41L));
		assertThat(engine.get(4).predecessors()).extracting(p -> p.predecessor().index(), p -> p.minimumLag())
			.containsExactlyInAnyOrder(tuple(2, 0L), tuple(3, 240L));
		assertThat(factory.problem().jobs().get(0).due())
			.isEqualTo(factory.axis().startOf(LocalDate.parse(proposed).plusDays(1)));

		// and the current plan schedules them, the packing 240 minutes after the lacquer ends
		PlanSnapshot plan = plans.current();
		List<String> numbers = plan.problem().operationNumbers();
		int lacquer = numbers.indexOf(no + "/WO-01/OP-40");
		int pack = numbers.indexOf(no + "/WO-01/OP-60");
		assertThat(IntStream.of(lacquer, pack)).allMatch(i -> i >= 0);
		ScheduledOperation lacquered = plan.schedule().of(new io.atelier.scheduling.model.OperationId(lacquer))
			.orElseThrow();
		ScheduledOperation packed = plan.schedule().of(new io.atelier.scheduling.model.OperationId(pack)).orElseThrow();
		assertThat(packed.start()).isGreaterThanOrEqualTo(lacquered.end() + 240);
	}

	private static List<String> figures(JsonNode operation) {
		return StreamSupport.stream(operation.get("machines").spliterator(), false)
			.map(m -> m.get("runMinutesPerUnit").decimalValue().stripTrailingZeros().toPlainString() + "/"
					+ m.get("runMinutes").decimalValue().stripTrailingZeros().toPlainString())
			.toList();
	}

	private static JsonNode move(Api.Caller caller, JsonNode order, String... actions) {
		JsonNode current = order;
		for (String action : actions) {
			var response = caller.post("/api/orders/" + current.get("id").asLong() + "/" + action,
					Map.of("version", current.get("version").asLong()));
			assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
			current = response.json();
		}
		return current;
	}
}
