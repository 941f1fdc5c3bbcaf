package io.atelier.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import io.atelier.orders.OperationReport.Kind;
import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a report meets on the work order (docs/shopfloor.md), on the aggregate alone. */
class OperationReportRulesTests {

	private static final ReportRules WHOLE = new ReportRules(null, BigDecimal.ZERO, false);

	/** Cut (10, operation id 1) then edge (20, id 2), 10 pieces. */
	private static WorkOrder workOrder() {
		WorkOrder workOrder = new WorkOrder(1, "SO-2026-0042", null,
				new WorkOrder.Plan(1, 1, null, 1, 7, "PRT-SIDE", "Side", "PCS", BigDecimal.TEN, LocalDate.of(2026, 12, 1),
						List.of(step(10), step(20, 10)), List.of()));
		ReflectionTestUtils.setField(workOrder, WorkOrder.class, "id", 42L, Long.class);
		long id = 1;
		for (Operation operation : workOrder.getOperations()) {
			ReflectionTestUtils.setField(operation, "id", id++);
		}
		return workOrder;
	}

	private static Operation.Plan step(int stepNo, Integer... predecessors) {
		return new Operation.Plan(stepNo, "step " + stepNo, 1, null, 1, 0, List.of(predecessors),
				List.of(new OperationMachine(1, BigDecimal.ONE, 0, BigDecimal.TEN)));
	}

	private static OperationReport report(long operationId, Kind kind, String operator, int good, int scrap) {
		return new OperationReport(operationId, kind, operator, BigDecimal.valueOf(good), BigDecimal.valueOf(scrap),
				null, null);
	}

	private static Operation op(WorkOrder workOrder, int index) {
		return workOrder.getOperations().get(index);
	}

	@Test
	void withATransferBatchTheNextOperationStartsOnceItsPredecessorReleasedTheBatch() {
		ReportRules batchOfFour = new ReportRules(BigDecimal.valueOf(4), BigDecimal.ZERO, false);
		WorkOrder workOrder = workOrder();
		workOrder.report(report(1, Kind.START, "wang", 0, 0), batchOfFour, null);
		workOrder.report(report(1, Kind.QUANTITY, "wang", 3, 0), batchOfFour, null);

		assertThatThrownBy(() -> workOrder.report(report(2, Kind.START, "li", 0, 0), batchOfFour, null))
			.isInstanceOf(RuleViolationException.class);
		workOrder.report(report(1, Kind.QUANTITY, "wang", 1, 0), batchOfFour, null);
		workOrder.report(report(2, Kind.START, "li", 0, 0), batchOfFour, null);

		assertThat(op(workOrder, 1).getStatus()).isEqualTo(WorkStatus.IN_PROGRESS);
		assertThatThrownBy(() -> workOrder.report(report(2, Kind.QUANTITY, "li", 5, 0), batchOfFour, null))
			.as("edge received 4 so far").isInstanceOf(RuleViolationException.class);
	}

	@Test
	void theWholeQuantityRuleWaitsForThePredecessorToFinishUnlessOverridden() {
		WorkOrder workOrder = workOrder();
		workOrder.report(report(1, Kind.START, "wang", 0, 0), WHOLE, null);
		workOrder.report(report(1, Kind.QUANTITY, "wang", 9, 0), WHOLE, null);

		assertThatThrownBy(() -> workOrder.report(report(2, Kind.START, "li", 0, 0), WHOLE, null))
			.isInstanceOf(RuleViolationException.class);
		workOrder.report(new OperationReport(2, Kind.START, "li", null, null, null, "rush, parts from stock"), WHOLE,
				null);
		assertThat(op(workOrder, 1).getStatus()).isEqualTo(WorkStatus.IN_PROGRESS);
	}

	@Test
	void theToleranceAllowsReportingSomeMoreThanReceived() {
		ReportRules tenPercent = new ReportRules(null, BigDecimal.TEN, false);
		WorkOrder workOrder = workOrder();
		workOrder.report(report(1, Kind.START, "wang", 0, 0), tenPercent, null);
		workOrder.report(report(1, Kind.QUANTITY, "wang", 10, 1), tenPercent, null);

		assertThatThrownBy(() -> workOrder.report(report(1, Kind.QUANTITY, "wang", 1, 0), tenPercent, null))
			.isInstanceOf(RuleViolationException.class);
		assertThat(op(workOrder, 0).getGood()).isEqualByComparingTo("10");
	}

	@Test
	void anOperatorBusyElsewhereStartsOnlyWhereParallelWorkIsAllowed() {
		WorkOrder workOrder = workOrder();
		assertThatThrownBy(() -> workOrder.report(report(1, Kind.START, "wang", 0, 0), WHOLE, "SO-1/WO-01/OP-10"))
			.isInstanceOf(RuleViolationException.class);
		workOrder.report(report(1, Kind.START, "wang", 0, 0), new ReportRules(null, BigDecimal.ZERO, true),
				"SO-1/WO-01/OP-10");
		assertThat(op(workOrder, 0).getStatus()).isEqualTo(WorkStatus.IN_PROGRESS);
	}

	@Test
	void theOperationPausesWhenNobodyWorksOnItAndFinishesWithTheLastSession() {
		WorkOrder workOrder = workOrder();
		workOrder.report(report(1, Kind.START, "wang", 0, 0), WHOLE, null);
		workOrder.report(report(1, Kind.START, "li", 0, 0), WHOLE, null);
		workOrder.report(report(1, Kind.PAUSE, "wang", 0, 0), WHOLE, null);
		assertThat(op(workOrder, 0).getStatus()).isEqualTo(WorkStatus.IN_PROGRESS);
		workOrder.report(report(1, Kind.PAUSE, "li", 0, 0), WHOLE, null);
		assertThat(op(workOrder, 0).getStatus()).isEqualTo(WorkStatus.PAUSED);
		assertThatThrownBy(() -> workOrder.report(report(1, Kind.PAUSE, "li", 0, 0), WHOLE, null))
			.isInstanceOf(ConflictException.class);

		workOrder.report(report(1, Kind.FINISH, "li", 6, 0), WHOLE, null);
		assertThat(op(workOrder, 0).getStatus()).isEqualTo(WorkStatus.PAUSED);
		workOrder.report(report(1, Kind.FINISH, "wang", 4, 0), WHOLE, null);
		assertThat(op(workOrder, 0).getStatus()).isEqualTo(WorkStatus.DONE);
		assertThat(op(workOrder, 1).getStatus()).isEqualTo(WorkStatus.READY);
		assertThatThrownBy(() -> workOrder.report(report(1, Kind.QUANTITY, "wang", 1, 0), WHOLE, null))
			.isInstanceOf(ConflictException.class);
	}
}
