package io.atelier.scheduling.repair;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.JobId;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.ObjectiveWeights;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.model.Skill;
import io.atelier.scheduling.model.SkillRequirement;
import io.atelier.scheduling.model.Worker;
import io.atelier.scheduling.model.WorkerId;

import static io.atelier.scheduling.repair.TinyShop.assertFeasible;
import static io.atelier.scheduling.repair.TinyShop.job;
import static io.atelier.scheduling.repair.TinyShop.machine;
import static io.atelier.scheduling.repair.TinyShop.placed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A welder leaves during started work. O0 (J0) needs one welder on A for 60 minutes from 10:00 (600) and W0 welds
 * it; O1 (J1, due 12:30 = 750) follows on A for 60 minutes without workers; O2 (J2) is welding on B 9:40–10:40, by
 * W1 when W1 welds. It is 10:20 (620) when W0 is reported absent from 10:30 to 11:40.
 */
class AbsenceOnStartedWorkTests {

	private static final Skill WELDING = new Skill("welding");

	private static final WorkerAbsence W0_AWAY = new WorkerAbsence(new WorkerId(0), 630, 700);

	private static final long NOW = 620;

	private static Problem shop(int levelOfW1) {
		List<Worker> workers = List.of(new Worker(new WorkerId(0), "W0", Map.of(WELDING, 1), Calendar.always()),
				new Worker(new WorkerId(1), "W1", Map.of(WELDING, levelOfW1), Calendar.always()));
		return new Problem(List.of(machine(0), machine(1)), workers,
				List.of(job(0, 2000, 1), job(1, 750, 1), job(2, 2000, 1)),
				List.of(operation(0, 0, 0, 1), operation(1, 1, 0, 0), operation(2, 2, 1, 1)), 0,
				ObjectiveWeights.DEFAULT);
	}

	private static Operation operation(int index, int job, int machine, int welders) {
		return new Operation(new OperationId(index), new JobId(job), List.of(),
				List.of(new Eligibility(new MachineId(machine), 60)), 0, new SkillRequirement(WELDING, 1, welders), 0,
				Optional.empty());
	}

	private static ScheduledOperation at(int operation, int machine, long start, long end, int... workers) {
		return new ScheduledOperation(new OperationId(operation), new MachineId(machine), start, end,
				Arrays.stream(workers).mapToObj(WorkerId::new).toList(), 0);
	}

	@Test
	void aFreeQualifiedWorkerTakesOverAndNothingMoves() {
		Problem problem = withoutWeldingOnB(shop(1));
		Schedule current = new Schedule(List.of(at(0, 0, 600, 660, 0), at(1, 0, 660, 720), at(2, 1, 580, 640)));

		RepairResult result = new ScheduleRepair().repair(problem, current, W0_AWAY, NOW);

		assertThat(placed(result.schedule(), 0)).extracting("start", "end", "workers")
			.containsExactly(600L, 660L, List.of(new WorkerId(1)));
		assertThat(result.replacements())
			.containsExactly(new WorkerReplacement(new OperationId(0), new WorkerId(0), new WorkerId(1)));
		assertThat(result.interruptions()).isEmpty();
		assertThat(result.operationsMoved()).isZero();
		assertThat(result.lateJobs()).isEmpty();
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void withNobodyQualifiedTheStartedWorkHoldsItsMachineAndPausesUntilTheWorkerIsBack() {
		Problem problem = withoutWeldingOnB(shop(0));
		Schedule current = new Schedule(List.of(at(0, 0, 600, 660, 0), at(1, 0, 660, 720), at(2, 1, 580, 640)));

		RepairResult result = new ScheduleRepair().repair(problem, current, W0_AWAY, NOW);

		// 30 minutes of welding by 10:30, the other 30 from 11:40 to 12:10; O1 then ends 13:10, 40 minutes late
		assertThat(placed(result.schedule(), 0)).extracting("start", "end", "workers")
			.containsExactly(600L, 730L, List.of(new WorkerId(0)));
		assertThat(placed(result.schedule(), 1)).extracting("start", "end").containsExactly(730L, 790L);
		assertThat(result.interruptions())
			.containsExactly(new Interruption(new OperationId(0), Interruption.Cause.WORKER_ABSENT, 630, 700));
		assertThat(result.replacements()).isEmpty();
		assertThat(result.lateJobs()).containsExactly(new JobLateness(new JobId(1), "J1", 0, 40));
		assertThat(result.tardinessAfter()).isEqualTo(40);
		// the pause is machine time the repaired problem no longer counts, so the checker sees 60 working minutes
		assertThat(result.problem().machine(new MachineId(0)).calendar().workingMinutesBetween(600, 730))
			.isEqualTo(60);
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void aQualifiedWorkerBusyEarlierInTheOperationCannotBeNamedForItSoItPauses() {
		// W1 welds O2 until 10:40: free for the rest of O0, but a crew is named for a whole operation
		Schedule current = new Schedule(List.of(at(0, 0, 600, 660, 0), at(1, 0, 660, 720), at(2, 1, 580, 640, 1)));

		RepairResult result = new ScheduleRepair().repair(shop(1), current, W0_AWAY, NOW);

		assertThat(placed(result.schedule(), 0)).extracting("start", "end", "workers")
			.containsExactly(600L, 730L, List.of(new WorkerId(0)));
		assertThat(placed(result.schedule(), 2)).isEqualTo(current.of(new OperationId(2)).orElseThrow());
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void anAbsenceReportedLateOverWorkTheWorkerFinishedChangesNothing() {
		Problem problem = withoutWeldingOnB(shop(0));
		Schedule current = new Schedule(List.of(at(0, 0, 500, 560, 0), at(1, 0, 660, 720), at(2, 1, 580, 640)));

		RepairResult result = new ScheduleRepair().repair(problem, current, new WorkerAbsence(new WorkerId(0), 520,
				600), NOW);

		assertThat(result.schedule().operations()).containsExactlyInAnyOrderElementsOf(current.operations());
		assertThat(result.interruptions()).isEmpty();
		assertFeasible(result.problem(), result.schedule());
	}

	/** O2 needs no welder: only O0 needs one. */
	private static Problem withoutWeldingOnB(Problem problem) {
		List<Operation> operations = List.of(problem.operations().get(0), problem.operations().get(1),
				operation(2, 2, 1, 0));
		return new Problem(problem.machines(), problem.workers(), problem.jobs(), operations, 0, problem.weights());
	}
}
