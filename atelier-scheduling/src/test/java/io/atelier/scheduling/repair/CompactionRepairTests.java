package io.atelier.scheduling.repair;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.model.MachineId;
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

/** The compaction after the right shift: work that moves anyway comes left into free time, nothing else moves. */
class CompactionRepairTests {

	/** J0: O0 on A 9:20–10:20; J1 (due 11:40 = 700): O1 on A 10:20–11:20; J2: O2 on B 10:00–11:00. */
	private static final Problem PROBLEM = problem(List.of(machine(0), machine(1)),
			List.of(job(0, 2000, 1), job(1, 700, 1), job(2, 2000, 1)),
			List.of(op(0, 0, 60, on(0)), op(1, 1, 60, on(0)), op(2, 2, 60, on(1))), 0);

	private static final Schedule CURRENT = schedule(at(0, 0, 560, 620), at(1, 0, 620, 680), at(2, 1, 600, 660));

	@Test
	void workTheBreakdownPushesComesBackIntoTheFreeTimeBeforeIt() {
		// at 8:20, A is reported down 10:00–14:00
		RepairResult result = new ScheduleRepair().repair(PROBLEM, CURRENT,
				new MachineDowntime(new MachineId(0), 600, 840), 500);

		// O0 keeps its start and pauses over the breakdown (ends 14:20); the right shift alone would put O1 at
		// 14:20–15:20, 160 minutes late, but it moves anyway, so it takes the hour A is free from now, 8:20–9:20
		assertThat(placed(result.schedule(), 0)).extracting("start", "end").containsExactly(560L, 860L);
		assertThat(placed(result.schedule(), 1)).extracting("start", "end").containsExactly(500L, 560L);
		// O2 is free to come forward on B too, but the breakdown does not move it, so it stays
		assertThat(placed(result.schedule(), 2)).isEqualTo(placed(CURRENT, 2));
		assertThat(result.operationsMoved()).isEqualTo(1);
		assertThat(result.tardinessAfter()).isZero();
		assertThat(result.lateJobs()).isEmpty();
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void nothingIsPulledBeforeTheFrozenHorizon() {
		Problem frozenUntil530 = new Problem(PROBLEM.machines(), PROBLEM.workers(), PROBLEM.jobs(),
				PROBLEM.operations(), 530, PROBLEM.weights());

		RepairResult result = new ScheduleRepair().repair(frozenUntil530, CURRENT,
				new MachineDowntime(new MachineId(0), 600, 840), 500);

		// from 8:50 the 30 minutes before O0 are too short, so O1 stays behind the breakdown
		assertThat(placed(result.schedule(), 1)).extracting("start", "end").containsExactly(860L, 920L);
		assertThat(result.tardinessAfter()).isEqualTo(220);
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void anEarlyFinishMovesNothing() {
		RepairResult result = new ScheduleRepair().repair(PROBLEM, CURRENT,
				new OperationFinished(new io.atelier.scheduling.model.OperationId(0), 590), 595);

		assertThat(placed(result.schedule(), 1)).isEqualTo(placed(CURRENT, 1));
		assertThat(result.operationsMoved()).isZero();
		assertFeasible(result.problem(), result.schedule());
	}
}
