package io.atelier.scheduling.repair;

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
 * O0 needs one welder on machine A for 60 minutes at 10:00, and W0 welds it; W0 is then absent 9:40–11:40. O0 has not
 * started; in the last two tests it is frozen.
 */
class WorkerAbsenceRepairTests {

	private static final Skill WELDING = new Skill("welding");

	private static final WorkerAbsence W0_ABSENT = new WorkerAbsence(new WorkerId(0), 580, 700);

	private static final Schedule O0_BY_W0 = new Schedule(List.of(new ScheduledOperation(new OperationId(0),
			new MachineId(0), 600, 660, List.of(new WorkerId(0)), 0)));

	private static Problem withSecondWorkerWelding(int level) {
		return withSecondWorkerWelding(level, 0);
	}

	private static Problem withSecondWorkerWelding(int level, long frozenUntil) {
		Operation welding = new Operation(new OperationId(0), new JobId(0), List.of(),
				List.of(new Eligibility(new MachineId(0), 60)), 0, new SkillRequirement(WELDING, 1, 1), 0,
				Optional.empty());
		List<Worker> workers = List.of(new Worker(new WorkerId(0), "W0", Map.of(WELDING, 1), Calendar.always()),
				new Worker(new WorkerId(1), "W1", Map.of(WELDING, level), Calendar.always()));
		return new Problem(List.of(machine(0)), workers, List.of(job(0, 2000, 1)), List.of(welding), frozenUntil,
				ObjectiveWeights.DEFAULT);
	}

	@Test
	void anAbsentWorkerIsReplacedByAnotherQualifiedOneAndNothingMoves() {
		RepairResult result = new ScheduleRepair().repair(withSecondWorkerWelding(1), O0_BY_W0, W0_ABSENT, 500);

		assertThat(placed(result.schedule(), 0)).extracting("start", "workers")
			.containsExactly(600L, List.of(new WorkerId(1)));
		assertThat(result.operationsMoved()).isZero();
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void withoutAnotherQualifiedWorkerTheOperationWaitsForTheWorkerToReturn() {
		// at 9:20 the hour of welding no longer fits before W0 leaves at 9:40
		RepairResult result = new ScheduleRepair().repair(withSecondWorkerWelding(0), O0_BY_W0, W0_ABSENT, 560);

		assertThat(placed(result.schedule(), 0)).extracting("start", "end", "workers")
			.containsExactly(700L, 760L, List.of(new WorkerId(0)));
		assertThat(result.operationsMoved()).isEqualTo(1);
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void frozenWorkKeepsItsPlaceWithAnotherQualifiedWorkerAndTheChangeIsReported() {
		// frozen until 1000, and at 8:20 O0 has not started
		RepairResult result = new ScheduleRepair().repair(withSecondWorkerWelding(1, 1000), O0_BY_W0, W0_ABSENT, 500);

		assertThat(placed(result.schedule(), 0)).extracting("start", "workers")
			.containsExactly(600L, List.of(new WorkerId(1)));
		assertThat(result.released()).isEmpty();
		assertThat(result.replacements())
			.containsExactly(new WorkerReplacement(new OperationId(0), new WorkerId(0), new WorkerId(1)));
		assertFeasible(result.problem(), result.schedule());
	}

	@Test
	void frozenWorkNobodyCanDoMovesToWhenItsWorkerIsBackAndSaysWhy() {
		RepairResult result = new ScheduleRepair().repair(withSecondWorkerWelding(0, 1000), O0_BY_W0, W0_ABSENT, 500);

		assertThat(placed(result.schedule(), 0)).extracting("start", "end", "workers")
			.containsExactly(700L, 760L, List.of(new WorkerId(0)));
		assertThat(result.released())
			.containsExactly(new ReleasedOperation(new OperationId(0), ReleasedOperation.Reason.NO_WORKERS));
		assertThat(result.problem().operation(new OperationId(0)).pin()).isPresent();
		assertFeasible(result.problem(), result.schedule());
	}
}
