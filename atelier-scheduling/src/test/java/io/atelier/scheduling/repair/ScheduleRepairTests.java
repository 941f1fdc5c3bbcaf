package io.atelier.scheduling.repair;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.model.JobId;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Pin;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;

import static io.atelier.scheduling.repair.TinyShop.assertFeasible;
import static io.atelier.scheduling.repair.TinyShop.at;
import static io.atelier.scheduling.repair.TinyShop.job;
import static io.atelier.scheduling.repair.TinyShop.machine;
import static io.atelier.scheduling.repair.TinyShop.on;
import static io.atelier.scheduling.repair.TinyShop.op;
import static io.atelier.scheduling.repair.TinyShop.placed;
import static io.atelier.scheduling.repair.TinyShop.problem;
import static io.atelier.scheduling.repair.TinyShop.schedule;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repairs whose results were worked out by hand. Minutes count from midnight, so machine A (index 0) down from 10:00 to
 * 14:00 is {@code [600, 840)}. All machines always work unless the event cuts their calendar.
 */
class ScheduleRepairTests {

	private final ScheduleRepair repair = new ScheduleRepair();

	private static final MachineDowntime A_DOWN_10_TO_14 = new MachineDowntime(new MachineId(0), 600, 840);

	/** J0: O0 on A for 120 minutes at 9:00; J1 (due 800): O1 on A for 60 minutes after it at 11:00. */
	private static Problem twoOperationsOnA(int... machinesOfFirst) {
		return problem(List.of(machine(0), machine(1)), List.of(job(0, 1000, 1), job(1, 800, 1)),
				List.of(op(0, 0, 120, machinesOfFirst), op(1, 1, 60, on(0))), 0);
	}

	private static final Schedule TWO_ON_A = schedule(at(0, 0, 540, 660), at(1, 0, 660, 720));

	@Test
	void aDowntimePausesTheFirstOperationAndPushesTheSecondBehindIt() {
		RepairResult result = repair.repair(twoOperationsOnA(0), TWO_ON_A, A_DOWN_10_TO_14, 500);

		// O0 keeps its start, works 9:00–10:00, pauses, and does its last 60 minutes 14:00–15:00
		assertThat(placed(result.schedule(), 0)).extracting("start", "end").containsExactly(540L, 900L);
		assertThat(placed(result.schedule(), 1)).extracting("start", "end").containsExactly(900L, 960L);
		assertThat(result.operationsMoved()).isEqualTo(1);
		assertThat(result.tardinessBefore()).isZero();
		assertThat(result.tardinessAfter()).isEqualTo(160);
		assertThat(result.nowLate()).containsExactly(new JobLateness(new JobId(1), "J1", 0, 160));
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void aStartedOperationStaysOnItsBrokenMachineEvenWhenAnotherIsFree() {
		RepairResult result = repair.repair(twoOperationsOnA(0, 1), TWO_ON_A, A_DOWN_10_TO_14, 560);

		assertThat(placed(result.schedule(), 0)).extracting("machine", "start", "end")
			.containsExactly(new MachineId(0), 540L, 900L);
		assertThat(result.problem().operation(new OperationId(0)).pin()).isPresent();
		assertThat(placed(result.schedule(), 1).start()).isEqualTo(900);
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void workWaitingForABrokenMachineMovesToAnEligibleMachineThatCompletesItFirst() {
		RepairResult result = repair.repair(twoOperationsOnA(0, 1), TWO_ON_A, A_DOWN_10_TO_14, 500);

		// the shift puts O0 on B at 9:00 and O1 on A at 14:00, when A works again; as both move anyway, the compaction
		// starts O0 on B now (8:20) and pulls O1 into the hour A is free before the breakdown, now that O0 has left A
		assertThat(placed(result.schedule(), 0)).extracting("machine", "start", "end")
			.containsExactly(new MachineId(1), 500L, 620L);
		assertThat(placed(result.schedule(), 1)).extracting("machine", "start", "end")
			.containsExactly(new MachineId(0), 500L, 560L);
		assertThat(result.operationsMoved()).isEqualTo(2);
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void workTheEventDoesNotReachKeepsItsExactStart() {
		Problem problem = problem(List.of(machine(0), machine(1)), List.of(job(0, 1000, 1), job(1, 1000, 1)),
				List.of(op(0, 0, 120, on(0)), op(1, 1, 60, on(1))), 0);
		Schedule current = schedule(at(0, 0, 540, 660), at(1, 1, 700, 760));

		RepairResult result = repair.repair(problem, current, A_DOWN_10_TO_14, 500);

		assertThat(placed(result.schedule(), 1)).isEqualTo(placed(current, 1));
		assertThat(result.operationsMoved()).isZero();
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void anOperationInsideTheFrozenHorizonStaysWhileARushOrderTakesTheFirstFreeTimeAfterIt() {
		Problem problem = problem(List.of(machine(0)), List.of(job(0, 2000, 1), job(1, 2000, 1)),
				List.of(op(0, 0, 120, on(0)), op(1, 1, 60, on(0))), 700);
		Schedule current = schedule(at(0, 0, 540, 660), at(1, 0, 720, 780));
		RushOrder rush = new RushOrder(job(2, 800, 5), List.of(op(2, 2, 60, on(0))));

		RepairResult result = repair.repair(problem, current, rush, 500);

		assertThat(placed(result.schedule(), 0)).isEqualTo(placed(current, 0));
		assertThat(placed(result.schedule(), 2)).extracting("start", "end").containsExactly(700L, 760L);
		assertThat(placed(result.schedule(), 1)).extracting("start", "end").containsExactly(760L, 820L);
		assertThat(result.released()).isEmpty();
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void rushOrderPushesLowerPriorityWorkBackButKeepsStartedOperations() {
		Problem problem = problem(List.of(machine(0)), List.of(job(0, 2000, 1)),
				List.of(op(0, 0, 120, on(0)), op(1, 0, 60, on(0), 0), op(2, 0, 60, on(0), 1)), 0);
		Schedule current = schedule(at(0, 0, 450, 570), at(1, 0, 570, 630), at(2, 0, 630, 690));
		RushOrder rush = new RushOrder(job(1, 650, 5), List.of(op(3, 1, 60, on(0))));

		RepairResult result = repair.repair(problem, current, rush, 500);

		assertThat(placed(result.schedule(), 0)).isEqualTo(placed(current, 0));
		assertThat(placed(result.schedule(), 3)).extracting("start", "end").containsExactly(570L, 630L);
		assertThat(placed(result.schedule(), 1)).extracting("start", "end").containsExactly(630L, 690L);
		assertThat(placed(result.schedule(), 2)).extracting("start", "end").containsExactly(690L, 750L);
		assertThat(result.operationsMoved()).isEqualTo(2);
		assertThat(result.lateJobs()).isEmpty();
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void aFrozenOperationThatTheEventMakesImpossibleIsReleasedAndReported() {
		Problem problem = problem(List.of(machine(0)), List.of(job(0, 2000, 1)), List.of(op(0, 0, 120, on(0))), 1000);

		MachineDowntime breakdownNow = new MachineDowntime(new MachineId(0), 500, 840);

		RepairResult result = repair.repair(problem, schedule(at(0, 0, 540, 660)), breakdownNow, 500);

		// frozen until 1000, but A cannot work at 9:00 when O0 was to start: it moves only as far as it must, to 14:00
		// when A works again, and stays frozen (pinned) there
		assertThat(result.released())
			.containsExactly(new ReleasedOperation(new OperationId(0), ReleasedOperation.Reason.MACHINE_DOWN));
		assertThat(placed(result.schedule(), 0)).extracting("start", "end").containsExactly(840L, 960L);
		assertThat(result.problem().operation(new OperationId(0)).pin()).contains(new Pin(new MachineId(0), 840));
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void aPlannersPinThatTheEventMakesImpossibleIsReleasedWhileOneItDoesNotReachStays() {
		Operation pinnedOnA = pinned(op(0, 0, 120, on(0)), 0, 900);
		Operation pinnedOnB = pinned(op(1, 0, 120, on(1)), 1, 900);
		Problem problem = problem(List.of(machine(0), machine(1)), List.of(job(0, 2000, 1)),
				List.of(pinnedOnA, pinnedOnB), 0);
		Schedule current = schedule(at(0, 0, 900, 1020), at(1, 1, 900, 1020));

		RepairResult result = repair.repair(problem, current, new MachineDowntime(new MachineId(0), 850, 950), 500);

		assertThat(result.released())
			.containsExactly(new ReleasedOperation(new OperationId(0), ReleasedOperation.Reason.MACHINE_DOWN));
		assertThat(placed(result.schedule(), 0)).extracting("start", "end").containsExactly(950L, 1070L);
		assertThat(placed(result.schedule(), 1)).isEqualTo(placed(current, 1));
		assertThat(result.problem().operation(new OperationId(0)).pin()).isEmpty();
		assertFeasible(result.problem(), result.schedule());
	}

	private static Operation pinned(Operation o, int machine, long start) {
		return new Operation(o.id(), o.job(), o.predecessors(), o.machines(), o.family(), o.skill(), o.earliestStart(),
				Optional.of(new Pin(new MachineId(machine), start)));
	}

	@Test
	void aMaterialDelayShiftsExactlyTheDependentChain() {
		Problem problem = problem(List.of(machine(0), machine(1), machine(2)), List.of(job(0, 300, 1), job(1, 300, 1)),
				List.of(op(0, 0, 60, on(0)), op(1, 0, 60, on(1), 0), op(2, 0, 60, on(0), 1), op(3, 1, 100, on(2))), 0);
		Schedule current = schedule(at(0, 0, 0, 60), at(1, 1, 60, 120), at(2, 0, 120, 180), at(3, 2, 0, 100));

		RepairResult result = repair.repair(problem, current, new MaterialDelay(new OperationId(1), 200), 0);

		assertThat(placed(result.schedule(), 0)).isEqualTo(placed(current, 0));
		assertThat(placed(result.schedule(), 1)).extracting("start", "end").containsExactly(200L, 260L);
		assertThat(placed(result.schedule(), 2)).extracting("start", "end").containsExactly(260L, 320L);
		assertThat(placed(result.schedule(), 3)).isEqualTo(placed(current, 3));
		assertThat(result.operationsMoved()).isEqualTo(2);
		assertThat(result.lateJobs()).containsExactly(new JobLateness(new JobId(0), "J0", 0, 20));
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void anOverrunPushesTheNextOperationOnItsMachineAndItsSuccessor() {
		Problem problem = problem(List.of(machine(0), machine(1)), List.of(job(0, 1000, 1), job(1, 1000, 1)),
				List.of(op(0, 0, 60, on(0)), op(1, 1, 60, on(0)), op(2, 1, 30, on(1), 1)), 0);
		Schedule current = schedule(at(0, 0, 0, 60), at(1, 0, 60, 120), at(2, 1, 120, 150));

		RepairResult result = repair.repair(problem, current, new OperationOverrun(new OperationId(0), 90), 50);

		assertThat(placed(result.schedule(), 0)).extracting("start", "end").containsExactly(0L, 90L);
		assertThat(placed(result.schedule(), 1)).extracting("start", "end").containsExactly(90L, 150L);
		assertThat(placed(result.schedule(), 2)).extracting("start", "end").containsExactly(150L, 180L);
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void workTheEventWouldDelayOnItsMachineGoesToAnotherThatEndsItAsPlanned() {
		Problem problem = problem(List.of(machine(0), machine(1)), List.of(job(0, 1000, 1), job(1, 1000, 1)),
				List.of(op(0, 0, 60, on(0)), op(1, 1, 60, on(0, 1))), 0);
		Schedule current = schedule(at(0, 0, 0, 60), at(1, 0, 60, 120));

		RepairResult result = repair.repair(problem, current, new OperationOverrun(new OperationId(0), 120), 30);

		// on A, O1 would run [120, 180); B is idle and ends it as planned, and as it moves anyway, the compaction
		// starts it on B at once
		assertThat(placed(result.schedule(), 1)).extracting("machine", "start", "end")
			.containsExactly(new MachineId(1), 30L, 90L);
		assertThat(result.operationsMoved()).isEqualTo(1);
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void anEarlyFinishShortensTheOperationAndMovesNothingElse() {
		Problem problem = problem(List.of(machine(0)), List.of(job(0, 1000, 1)),
				List.of(op(0, 0, 60, on(0)), op(1, 0, 60, on(0), 0)), 0);
		Schedule current = schedule(at(0, 0, 0, 60), at(1, 0, 60, 120));

		RepairResult result = repair.repair(problem, current, new OperationFinished(new OperationId(0), 40), 45);

		assertThat(placed(result.schedule(), 0)).extracting("start", "end").containsExactly(0L, 40L);
		assertThat(placed(result.schedule(), 1)).isEqualTo(placed(current, 1));
		assertThat(result.operationsMoved()).isZero();
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void whatIfReturnsWhatRepairReturnsAndLeavesTheCurrentScheduleAsItWas() {
		Problem problem = twoOperationsOnA(0);
		Schedule before = new Schedule(TWO_ON_A.operations());
		MaterialDelay delay = new MaterialDelay(new OperationId(0), 600);

		RepairResult evaluated = repair.whatIf(problem, TWO_ON_A, delay, 500);
		RepairResult repaired = repair.repair(problem, TWO_ON_A, delay, 500);

		assertThat(evaluated).isEqualTo(repaired);
		assertThat(evaluated.schedule()).isNotEqualTo(TWO_ON_A);
		assertThat(TWO_ON_A).isEqualTo(before);
		assertFeasible(evaluated.problem(), evaluated.schedule());
	}
}
