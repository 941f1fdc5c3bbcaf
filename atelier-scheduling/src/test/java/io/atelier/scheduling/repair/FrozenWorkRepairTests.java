package io.atelier.scheduling.repair;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Pin;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;

import static io.atelier.scheduling.repair.ReleasedOperation.Reason.MACHINE_DOWN;
import static io.atelier.scheduling.repair.ReleasedOperation.Reason.PREDECESSOR_MOVED;
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
 * Downtime over frozen work that has not started: frozen until 1000, it is 8:20 (500). Absences over frozen work are
 * in {@link WorkerAbsenceRepairTests}.
 */
class FrozenWorkRepairTests {

	private static final long NOW = 500;

	@Test
	void onlyTheFrozenWorkTheBreakdownHitsMovesAsLittleAsItMustAndItsSuccessorFollowsIt() {
		// J0: O0 on A 9:00–11:00, then O2 on B 11:40–12:40; J1: O1 on A 11:00–12:00; A is down 8:20–10:00
		Problem problem = problem(List.of(machine(0), machine(1)), List.of(job(0, 2000, 1), job(1, 2000, 1)),
				List.of(op(0, 0, 120, on(0)), op(1, 1, 60, on(0)), op(2, 0, 60, on(1), 0)), 1000);
		Schedule current = schedule(at(0, 0, 540, 660), at(1, 0, 660, 720), at(2, 1, 700, 760));

		RepairResult result = new ScheduleRepair().repair(problem, current,
				new MachineDowntime(new MachineId(0), 500, 600), NOW);

		// O1 can still run where it is, so it stays; O0 goes to the first two hours A has after it, and O2 after O0
		assertThat(placed(result.schedule(), 1)).isEqualTo(placed(current, 1));
		assertThat(placed(result.schedule(), 0)).extracting("start", "end").containsExactly(720L, 840L);
		assertThat(placed(result.schedule(), 2)).extracting("start", "end").containsExactly(840L, 900L);
		assertThat(result.released()).containsExactly(new ReleasedOperation(new OperationId(0), MACHINE_DOWN),
				new ReleasedOperation(new OperationId(2), PREDECESSOR_MOVED));
		// still inside the frozen horizon, so still frozen where they went
		assertThat(result.problem().operation(new OperationId(0)).pin()).contains(new Pin(new MachineId(0), 720));
		assertThat(result.problem().operation(new OperationId(2)).pin()).contains(new Pin(new MachineId(1), 840));
		assertThat(result.operationsMoved()).isEqualTo(2);
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void frozenWorkABreakdownOnlyInterruptsKeepsItsStartAndPausesOverIt() {
		Problem problem = problem(List.of(machine(0)), List.of(job(0, 2000, 1)), List.of(op(0, 0, 120, on(0))), 1000);

		RepairResult result = new ScheduleRepair().repair(problem, schedule(at(0, 0, 540, 660)),
				new MachineDowntime(new MachineId(0), 600, 630), NOW);

		assertThat(placed(result.schedule(), 0)).extracting("start", "end").containsExactly(540L, 690L);
		assertThat(result.released()).isEmpty();
		assertThat(result.interruptions())
			.containsExactly(new Interruption(new OperationId(0), Interruption.Cause.MACHINE_DOWN, 600, 630));
		assertFeasible(result.problem(), result.schedule());
	}
}
