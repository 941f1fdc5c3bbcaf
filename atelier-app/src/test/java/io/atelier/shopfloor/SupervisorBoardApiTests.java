package io.atelier.shopfloor;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.shopfloor.ReportFixtures.Phone;
import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor's board of a workshop (docs/shopfloor.md, "Supervisor board"): an operation moves from ready to in
 * progress to done today as it is reported, the next one waits in "blocked" while its predecessor runs, and the work
 * centre's work in progress counts what runs.
 */
@AtelierIntegrationTest
class SupervisorBoardApiTests {

	@Autowired
	Api api;

	private JsonNode board(long workshopId) {
		var board = api.as("supervisor").get("/api/shopfloor/board?workshopId=" + workshopId);
		assertThat(board.status()).as(board.body()).isEqualTo(200);
		return board.json();
	}

	private long workshopOf(long workCenterId) {
		var center = api.as("supervisor").get("/api/work-centers/" + workCenterId);
		assertThat(center.status()).as(center.body()).isEqualTo(200);
		return center.json().get("workshopId").asLong();
	}

	/** The card of the operation, and in which column it is; null when it is not on the board. */
	private static String columnOf(JsonNode board, long operationId) {
		for (var column : board.get("columns").properties()) {
			for (JsonNode card : column.getValue()) {
				if (card.get("operationId").asLong() == operationId) {
					return column.getKey();
				}
			}
		}
		return null;
	}

	private static JsonNode card(JsonNode board, long operationId) {
		for (var column : board.get("columns").properties()) {
			for (JsonNode card : column.getValue()) {
				if (card.get("operationId").asLong() == operationId) {
					return card;
				}
			}
		}
		throw new AssertionError("operation " + operationId + " is not on the board");
	}

	private static JsonNode load(JsonNode board, long workCenterId) {
		for (JsonNode center : board.get("workCenters")) {
			if (center.get("id").asLong() == workCenterId) {
				return center;
			}
		}
		throw new AssertionError("work centre " + workCenterId + " is not on the board");
	}

	private void applied(Map<String, Object> report) {
		var answer = api.as("operator").post("/api/shopfloor/reports", report);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
	}

	@Test
	void anOperationMovesFromReadyToInProgressToDoneTodayAndItsSuccessorWaitsInBlockedMeanwhile() {
		JsonNode workOrder = new ReportFixtures(api).releasedDesk("5");
		long fit = ReportFixtures.operation(workOrder, 0);
		long pack = ReportFixtures.operation(workOrder, 1);
		long fitCenter = workOrder.get("operations").get(0).get("workCenterId").asLong();
		long packCenter = workOrder.get("operations").get(1).get("workCenterId").asLong();
		long workshop = workshopOf(fitCenter);

		JsonNode released = board(workshop);
		assertThat(columnOf(released, fit)).isEqualTo("READY");
		JsonNode ready = card(released, fit);
		assertThat(ready.get("number").asString()).endsWith("/OP-10");
		assertThat(ready.get("orderNumber").asString()).isNotBlank();
		assertThat(ready.get("itemCode").asString()).isEqualTo("PRD-DESK-1200");
		assertThat(ready.get("quantity").decimalValue()).isEqualByComparingTo("5");
		assertThat(ready.get("dueDate").asString()).isNotBlank();
		assertThat(ready.get("late").asBoolean()).isFalse();
		int runningBefore = load(released, fitCenter).get("inProgress").asInt();

		Phone phone = new Phone();
		applied(phone.report(fit, "START"));
		applied(phone.quantity(fit, "3", "1"));

		JsonNode running = board(workshop);
		assertThat(columnOf(running, fit)).isEqualTo("IN_PROGRESS");
		JsonNode card = card(running, fit);
		assertThat(card.get("good").decimalValue()).isEqualByComparingTo("3");
		assertThat(card.get("scrap").decimalValue()).isEqualByComparingTo("1");
		assertThat(card.get("operators")).hasSize(1);
		assertThat(load(running, fitCenter).get("inProgress").asInt()).isEqualTo(runningBefore + 1);
		assertThat(load(running, fitCenter).get("quantity").decimalValue()).isGreaterThanOrEqualTo(
				new java.math.BigDecimal("1"));
		if (workshopOf(packCenter) == workshop) {
			assertThat(columnOf(running, pack)).isEqualTo("BLOCKED");
			assertThat(card(running, pack).get("blockedBy").asString()).isEqualTo("PREDECESSORS");
		}

		applied(phone.report(fit, "PAUSE"));
		assertThat(columnOf(board(workshop), fit)).isEqualTo("PAUSED");
		applied(phone.report(fit, "RESUME"));
		Map<String, Object> finish = phone.report(fit, "FINISH");
		finish.put("good", "1");
		applied(finish);

		JsonNode done = board(workshop);
		assertThat(columnOf(done, fit)).isEqualTo("DONE_TODAY");
		assertThat(card(done, fit).get("good").decimalValue()).isEqualByComparingTo("4");
		if (workshopOf(packCenter) == workshop) {
			assertThat(columnOf(done, pack)).isEqualTo("READY");
		}
	}

	@Test
	void anOperationWithAReportInTheExceptionQueueIsBlocked() {
		JsonNode workOrder = new ReportFixtures(api).releasedDesk("2");
		long fit = ReportFixtures.operation(workOrder, 0);
		long workshop = workshopOf(workOrder.get("operations").get(0).get("workCenterId").asLong());
		// quantities before a start: the operation refuses them and the report waits for the supervisor
		var refused = api.as("operator").post("/api/shopfloor/reports", new Phone().quantity(fit, "1", "0"));
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);

		JsonNode board = board(workshop);
		assertThat(columnOf(board, fit)).isEqualTo("BLOCKED");
		assertThat(card(board, fit).get("blockedBy").asString()).isEqualTo("EXCEPTION");

		long exceptionId = refused.json().get("exceptionId").asLong();
		var resolved = api.as("supervisor").post("/api/shopfloor/exceptions/" + exceptionId + "/resolve",
				Map.of("decision", "DISMISS", "reason", "sent before the start"));
		assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
		assertThat(columnOf(board(workshop), fit)).isEqualTo("READY");
	}

	@Test
	void oneWorkCentreNarrowsTheBoardAndWrongParametersAreNamed() {
		JsonNode workOrder = new ReportFixtures(api).releasedDesk("1");
		long fitCenter = workOrder.get("operations").get(0).get("workCenterId").asLong();
		long workshop = workshopOf(fitCenter);

		var narrowed = api.as("planner").get("/api/shopfloor/board?workshopId=" + workshop + "&workCenterId=" + fitCenter);
		assertThat(narrowed.status()).as(narrowed.body()).isEqualTo(200);
		assertThat(narrowed.json().get("workCenters")).hasSize(1);
		assertThat(columnOf(narrowed.json(), ReportFixtures.operation(workOrder, 0))).isEqualTo("READY");

		assertThat(api.as("supervisor").get("/api/shopfloor/board?workshopId=999999999").status()).isEqualTo(404);
		var otherWorkshop = api.as("planner").post("/api/workshops", Map.of("code", Api.unique("WS"), "name", "空车间 Empty"));
		assertThat(otherWorkshop.status()).as(otherWorkshop.body()).isEqualTo(201);
		var foreign = api.as("supervisor")
			.get("/api/shopfloor/board?workshopId=" + otherWorkshop.json().get("id").asLong() + "&workCenterId=" + fitCenter);
		assertThat(foreign.status()).isEqualTo(422);
		assertThat(foreign.fieldError("workCenterId")).isNotBlank();
		assertThat(api.as("supervisor").get("/api/shopfloor/board").status()).isEqualTo(400);
		assertThat(api.as("customer").get("/api/shopfloor/board?workshopId=" + workshop).status()).isEqualTo(403);
	}
}
