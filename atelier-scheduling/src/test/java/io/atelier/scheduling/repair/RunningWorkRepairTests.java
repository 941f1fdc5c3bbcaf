package io.atelier.scheduling.repair;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.model.JobId;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.OperationId;
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
 * A machine breaks down under running work, reported during or after the breakdown. J0: O0 on A for 120 minutes
 * from 9:00 (540); J1 (due 13:20 = 800): O1 on A for 60 minutes after it.
 */
class RunningWorkRepairTests {

	private final ScheduleRepair repair = new ScheduleRepair();

	private static final Problem TWO_ON_A = problem(List.of(machine(0)), List.of(job(0, 2000, 1), job(1, 800, 1)),
			List.of(op(0, 0, 120, on(0)), op(1, 1, 60, on(0))), 0);

	private static final Schedule PLANNED = schedule(at(0, 0, 540, 660), at(1, 0, 660, 720));

	@Test
	void aBreakdownReportedLateInterruptsTheRunningOperationWhereItBeganAndItResumesAfterIt() {
		// A broke at 9:40 and the breakdown is reported at 10:00; it lasts until 11:40
		RepairResult result = repair.repair(TWO_ON_A, PLANNED, new MachineDowntime(new MachineId(0), 580, 700), 600);

		// O0 did 40 of its 120 minutes before 9:40 and does the other 80 from 11:40 to 13:00; O1 follows
		assertThat(placed(result.schedule(), 0)).extracting("start", "end").containsExactly(540L, 780L);
		assertThat(placed(result.schedule(), 1)).extracting("start", "end").containsExactly(780L, 840L);
		assertThat(result.interruptions())
			.containsExactly(new Interruption(new OperationId(0), Interruption.Cause.MACHINE_DOWN, 580, 700));
		assertThat(result.operationsMoved()).isEqualTo(1);
		assertThat(result.tardinessBefore()).isZero();
		assertThat(result.tardinessAfter()).isEqualTo(40);
		assertThat(result.nowLate()).containsExactly(new JobLateness(new JobId(1), "J1", 0, 40));
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void aBreakdownAheadOfTheRunningOperationPausesItFromWhenItBegins() {
		RepairResult result = repair.repair(TWO_ON_A, PLANNED, new MachineDowntime(new MachineId(0), 600, 840), 560);

		assertThat(placed(result.schedule(), 0)).extracting("start", "end").containsExactly(540L, 900L);
		assertThat(result.interruptions())
			.containsExactly(new Interruption(new OperationId(0), Interruption.Cause.MACHINE_DOWN, 600, 840));
		assertThat(result.problem().operation(new OperationId(0)).pin()).isPresent();
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void aBreakdownReportedLateOverWorkThatFinishedChangesNothing() {
		Problem problem = problem(List.of(machine(0)), List.of(job(0, 2000, 1), job(1, 2000, 1)),
				List.of(op(0, 0, 100, on(0)), op(1, 1, 60, on(0))), 0);
		Schedule current = schedule(at(0, 0, 400, 500), at(1, 0, 700, 760));

		// reported at 10:00 for 7:30–9:10, but O0 is recorded running 6:40–8:20: A worked then, and idled after
		RepairResult result = repair.repair(problem, current, new MachineDowntime(new MachineId(0), 450, 550), 600);

		assertThat(result.schedule().operations()).containsExactlyInAnyOrderElementsOf(current.operations());
		assertThat(result.interruptions()).isEmpty();
		assertThat(result.operationsMoved()).isZero();
		assertThat(result.tardinessAfter()).isZero();
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void workRecordedStartingInsideABreakdownReportedLateRanUntilTheReportAndPausesThen() {
		// reported at 10:00 for 8:20–11:40, but O0 is recorded starting at 9:00, so A ran 9:00–10:00
		RepairResult result = repair.repair(TWO_ON_A, PLANNED, new MachineDowntime(new MachineId(0), 500, 700), 600);

		// 60 minutes done by 10:00, the other 60 from 11:40 to 12:40; O1 then ends at 13:40, 20 minutes late
		assertThat(placed(result.schedule(), 0)).extracting("start", "end").containsExactly(540L, 760L);
		assertThat(placed(result.schedule(), 1)).extracting("start", "end").containsExactly(760L, 820L);
		assertThat(result.interruptions())
			.containsExactly(new Interruption(new OperationId(0), Interruption.Cause.MACHINE_DOWN, 600, 700));
		assertThat(result.lateJobs()).containsExactly(new JobLateness(new JobId(1), "J1", 0, 20));
		assertFeasible(result.problem(), result.schedule());
	}
}
