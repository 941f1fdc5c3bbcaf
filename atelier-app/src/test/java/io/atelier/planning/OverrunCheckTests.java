package io.atelier.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.atelier.scheduling.model.OperationId;
import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actual starts flow to planning (docs/shopfloor.md, "Overruns"): a started operation is pinned in the current plan, and
 * one still running past the end the plan gave it raises {@link OperationOverran} once, which planning records.
 */
@AtelierIntegrationTest
// a database of its own (another context): it needs a factory where no other test has started work on the same
// machines (a machine takes at most one pinned started operation)
@TestPropertySource(properties = "atelier.test.context=overrun-check")
@RecordApplicationEvents
class OverrunCheckTests {

	@Autowired
	Api api;

	@Autowired
	OverrunCheck check;

	@Autowired
	CurrentPlan plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	/** The first operation of a newly released desk order, started by a supervisor. */
	private JsonNode startedOperation() {
		JsonNode order = new PromiseFixtures(api).draft(List.of(PromiseFixtures.productLine("PRD-DESK-1200", "2")));
		Api.Caller planner = api.as("planner");
		for (String action : List.of("confirm", "release")) {
			var moved = planner.post("/api/orders/" + order.get("id").asLong() + "/" + action,
					Map.of("version", order.get("version").asLong(), "reason", "test"));
			assertThat(moved.status()).as(moved.body()).isEqualTo(200);
			order = moved.json();
		}
		JsonNode operation = planner.get("/api/orders/" + order.get("id").asLong() + "/work-orders")
			.json()
			.get(0)
			.get("operations")
			.get(0);
		var started = api.as("supervisor").post("/api/operations/" + operation.get("id").asLong() + "/start", Map.of());
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		return operation;
	}

	private long overruns(long operationId) {
		return events.stream(OperationOverran.class).filter(e -> e.operationId() == operationId).count();
	}

	@Test
	void aStartedOperationIsPinnedInTheCurrentPlan() {
		JsonNode operation = startedOperation();

		PlanSnapshot plan = plans.current();
		int index = plan.problem().operationNumbers().indexOf(operation.get("number").asString());
		assertThat(index).isNotNegative();
		assertThat(plan.problem().problem().operations().get(index).pin()).isPresent();
		assertThat(plan.schedule().of(new OperationId(index)).orElseThrow().start())
			.isEqualTo(plan.problem().problem().operations().get(index).pin().orElseThrow().start());
	}

	@Test
	void anOperationRunningPastItsPlannedEndRaisesOperationOverranOnceAndPlanningRecordsIt() {
		long operationId = startedOperation().get("id").asLong();
		Instant now = Instant.now();

		assertThat(check.check(now)).noneMatch(e -> e.operationId() == operationId);
		Instant plannedEnd = jdbc.sql("select planned_end from planning_operation_run where operation_id = :id")
			.param("id", operationId)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		assertThat(plannedEnd).isAfter(now);
		assertThat(overruns(operationId)).isZero();

		Instant past = plannedEnd.plus(Duration.ofMinutes(1));
		List<OperationOverran> raised = check.check(past);
		check.check(past.plus(Duration.ofMinutes(1)));
		check.check(past.plus(Duration.ofHours(1)));

		assertThat(raised).filteredOn(e -> e.operationId() == operationId)
			.singleElement()
			.satisfies(e -> assertThat(e.plannedEnd()).isEqualTo(plannedEnd));
		assertThat(overruns(operationId)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from planning_overrun where operation_id = :id")
			.param("id", operationId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}
}
