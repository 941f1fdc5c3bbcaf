package io.atelier.scheduling.construct;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.JobId;
import io.atelier.scheduling.model.Machine;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.ObjectiveWeights;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.objective.Objectives;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchRuleTests {

	private final Objectives objectives = new Objectives();

	/** J0: 10 minutes on M0, due late; J1: 20 minutes on M0, then 50 on M1, due at 30. */
	private final Problem problem = new Problem(List.of(Machine.simple(0), Machine.simple(1)), List.of(),
			List.of(new Job(new JobId(0), "WO-0", 0, 1000, 1), new Job(new JobId(1), "WO-1", 0, 70, 1)),
			List.of(Operation.simple(0, 0, List.of(), List.of(on(0, 10))),
					Operation.simple(1, 1, List.of(), List.of(on(0, 20))),
					Operation.simple(2, 1, List.of(new Precedence(new OperationId(1), 0)), List.of(on(1, 50)))),
			0, ObjectiveWeights.DEFAULT);

	@Test
	void earliestCompletionTakesTheShortOperationFirst() {
		Schedule schedule = schedule(DispatchRule.EARLIEST_COMPLETION);
		assertThat(schedule.of(new OperationId(0)).orElseThrow().start()).isZero();
		assertThat(objectives.evaluate(problem, schedule).makespan()).isEqualTo(80);
	}

	@Test
	void mostWorkRemainingStartsTheLongJobFirstAndShortensTheMakespan() {
		Schedule schedule = schedule(DispatchRule.MOST_WORK_REMAINING);
		assertThat(schedule.of(new OperationId(1)).orElseThrow().start()).isZero();
		assertThat(objectives.evaluate(problem, schedule).makespan()).isEqualTo(70);
	}

	@Test
	void tardinessAwareLetsTheJobWithSlackWait() {
		Schedule schedule = schedule(DispatchRule.TARDINESS_AWARE);
		assertThat(objectives.evaluate(problem, schedule).totalTardiness()).isZero();
	}

	private Schedule schedule(DispatchRule rule) {
		Schedule schedule = new ConstructiveScheduler(rule).schedule(problem);
		assertThat(new ScheduleChecker().check(problem, schedule)).isEmpty();
		return schedule;
	}

	private static Eligibility on(int machine, long minutes) {
		return new Eligibility(new MachineId(machine), minutes);
	}
}
