package io.atelier.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import io.atelier.shared.domain.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The work order's and its operations' state machine, on the aggregate alone. */
class WorkOrderLifeCycleTests {

	/** Cut (10), then edge (20) and bore (30) side by side, then assemble (40) after both. */
	private static WorkOrder workOrder() {
		WorkOrder workOrder = new WorkOrder(1, "SO-2026-0042", null, new WorkOrder.Plan(1, 3, null, 1, 7, "PRT-SIDE", "Side", "PCS",
				BigDecimal.TEN, LocalDate.of(2026, 12, 1),
				List.of(step(10), step(20, 10), step(30, 10), step(40, 20, 30)), List.of()));
		ReflectionTestUtils.setField(workOrder, WorkOrder.class, "id", 42L, Long.class); // as if saved
		return workOrder;
	}

	private static Operation.Plan step(int stepNo, Integer... predecessors) {
		return new Operation.Plan(stepNo, "step " + stepNo, 1, null, 1, 0, List.of(predecessors),
				List.of(new OperationMachine(1, BigDecimal.ONE, 0, BigDecimal.TEN)));
	}

	private static List<WorkStatus> statuses(WorkOrder workOrder) {
		return workOrder.getOperations().stream().map(Operation::getStatus).toList();
	}

	@Test
	void atReleaseOnlyTheOperationsWithoutPredecessorsAreReadyAndTheNumberCarriesTheOrderNumber() {
		WorkOrder workOrder = workOrder();

		assertThat(workOrder.getNumber()).isEqualTo("SO-2026-0042/WO-03");
		assertThat(workOrder.getOperations().get(3).getNumber()).isEqualTo("SO-2026-0042/WO-03/OP-40");
		assertThat(workOrder.getStatus()).isEqualTo(WorkStatus.READY);
		assertThat(statuses(workOrder)).containsExactly(WorkStatus.READY, WorkStatus.PENDING, WorkStatus.PENDING,
				WorkStatus.PENDING);
	}

	@Test
	void anOperationBecomesReadyOnlyWhenAllItsPredecessorsAreDoneAndTheLastOneFinishesTheWorkOrder() {
		WorkOrder workOrder = workOrder();
		workOrder.startOperation(10);
		assertThat(workOrder.getStatus()).isEqualTo(WorkStatus.IN_PROGRESS);
		workOrder.finishOperation(10);
		assertThat(statuses(workOrder)).containsExactly(WorkStatus.DONE, WorkStatus.READY, WorkStatus.READY,
				WorkStatus.PENDING);
		workOrder.startOperation(20);
		workOrder.finishOperation(20);
		assertThat(statuses(workOrder).get(3)).as("40 still waits for 30").isEqualTo(WorkStatus.PENDING);
		workOrder.startOperation(30);
		workOrder.pauseOperation(30);
		workOrder.resumeOperation(30);
		workOrder.finishOperation(30);
		workOrder.startOperation(40);
		workOrder.finishOperation(40);

		assertThat(workOrder.getStatus()).isEqualTo(WorkStatus.DONE);
		assertThat(workOrder.takeEvents()).hasAtLeastOneElementOfType(WorkOrderStarted.class)
			.hasAtLeastOneElementOfType(OperationReady.class)
			.hasAtLeastOneElementOfType(OperationPaused.class)
			.hasAtLeastOneElementOfType(WorkOrderFinished.class);
	}

	@Test
	void anOperationThatIsNotReadyCannotStartAndTheReasonNamesIt() {
		WorkOrder workOrder = workOrder();

		assertThatThrownBy(() -> workOrder.startOperation(40)).isInstanceOf(ConflictException.class)
			.satisfies(e -> assertThat(((ConflictException) e).args()).startsWith("SO-2026-0042/WO-03/OP-40"));
		assertThatThrownBy(() -> workOrder.pauseOperation(10)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> workOrder.finishOperation(10)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aPausedWorkOrderRefusesToStartOperationsUntilResumed() {
		WorkOrder workOrder = workOrder();
		workOrder.startOperation(10);
		workOrder.pause();

		workOrder.finishOperation(10); // work already under way may still be reported finished
		assertThatThrownBy(() -> workOrder.startOperation(20)).isInstanceOf(ConflictException.class);
		workOrder.resume();
		workOrder.startOperation(20);
		assertThat(statuses(workOrder).get(1)).isEqualTo(WorkStatus.IN_PROGRESS);
	}

	@Test
	void cancellingAWorkOrderCancelsWhatIsNotDoneAndADoneWorkOrderCannotBeCancelled() {
		WorkOrder workOrder = workOrder();
		workOrder.startOperation(10);
		workOrder.finishOperation(10);
		workOrder.cancel();

		assertThat(workOrder.getStatus()).isEqualTo(WorkStatus.CANCELLED);
		assertThat(statuses(workOrder)).containsExactly(WorkStatus.DONE, WorkStatus.CANCELLED, WorkStatus.CANCELLED,
				WorkStatus.CANCELLED);
		assertThatThrownBy(workOrder::cancel).isInstanceOf(ConflictException.class);
	}
}
