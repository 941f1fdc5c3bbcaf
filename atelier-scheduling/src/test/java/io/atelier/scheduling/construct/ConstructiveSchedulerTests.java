package io.atelier.scheduling.construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.bench.FactoryGenerator;
import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.JobId;
import io.atelier.scheduling.model.Machine;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.ObjectiveWeights;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Pin;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.model.SkillRequirement;
import io.atelier.scheduling.model.SmallFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ConstructiveSchedulerTests {

	private final ScheduleChecker checker = new ScheduleChecker();

	@Test
	void theSmallFactoryIsScheduledFeasiblyByEveryRule() {
		for (DispatchRule rule : DispatchRule.values()) {
			Schedule schedule = new ConstructiveScheduler(rule).schedule(SmallFactory.problem());
			assertThat(checker.check(SmallFactory.problem(), schedule)).isEmpty();
		}
	}

	@Test
	void anAssemblyWaitsForAllItsSubAssembliesAndTheirLags() {
		Problem problem = assembly(List.of(new Precedence(new OperationId(0), 0), new Precedence(new OperationId(1), 25)),
				Optional.empty(), 0);
		Schedule schedule = new ConstructiveScheduler(DispatchRule.EARLIEST_COMPLETION).schedule(problem);
		assertThat(checker.check(problem, schedule)).isEmpty();
		// sub-assemblies of 10 and 40 minutes on two machines; the second needs 25 minutes of drying
		assertThat(schedule.of(new OperationId(2)).orElseThrow().start()).isEqualTo(65);
	}

	@Test
	void pinnedOperationsStayWhereTheyArePinnedAndNothingElseStartsInTheFrozenHorizon() {
		Problem problem = assembly(List.of(new Precedence(new OperationId(0), 0)),
				Optional.of(new Pin(new MachineId(1), 5)), 100);
		Schedule schedule = new ConstructiveScheduler(DispatchRule.EARLIEST_COMPLETION).schedule(problem);
		assertThat(checker.check(problem, schedule)).isEmpty();
		assertThat(schedule.of(new OperationId(0)).orElseThrow())
			.extracting(ScheduledOperation::machine, ScheduledOperation::start)
			.containsExactly(new MachineId(1), 5L);
		assertThat(schedule.of(new OperationId(1)).orElseThrow().start()).isEqualTo(100);
	}

	@Test
	void randomFactoriesAreAlwaysScheduledFeasibly() {
		for (long seed = 1; seed <= 6; seed++) {
			Problem problem = new FactoryGenerator(seed, 300).generate(300);
			DispatchRule rule = DispatchRule.values()[(int) (seed % DispatchRule.values().length)];
			Schedule schedule = new ConstructiveScheduler(rule, new Random(seed), 0.3).schedule(problem);
			assertThat(checker.check(problem, schedule)).as("seed " + seed).isEmpty();
		}
	}

	@Test
	void freezingRandomFactoriesAtAnInstantKeepsTheWorkStartedBeforeItInPlace() {
		for (long seed = 1; seed <= 3; seed++) {
			Problem problem = new FactoryGenerator(seed, 300).generate(300);
			Schedule before = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(problem);
			long frozenUntil = before.operations().get(before.operations().size() / 2).start();
			Problem frozen = pinnedBefore(problem, before, frozenUntil);
			Schedule after = new ConstructiveScheduler(DispatchRule.MOST_WORK_REMAINING).schedule(frozen);
			assertThat(checker.check(frozen, after)).as("seed " + seed).isEmpty();
			for (ScheduledOperation started : before.operations()) {
				if (started.start() < frozenUntil) {
					assertThat(after.of(started.operation())).contains(started);
				}
			}
		}
	}

	private static Problem pinnedBefore(Problem problem, Schedule schedule, long frozenUntil) {
		List<Operation> operations = new ArrayList<>(problem.operations());
		for (ScheduledOperation s : schedule.operations()) {
			if (s.start() < frozenUntil) {
				Operation o = operations.get(s.operation().index());
				operations.set(o.id().index(), new Operation(o.id(), o.job(), o.predecessors(), o.machines(), o.family(),
						o.skill(), o.earliestStart(), Optional.of(new Pin(s.machine(), s.start(), s.workers()))));
			}
		}
		return new Problem(problem.machines(), problem.workers(), problem.jobs(), operations, frozenUntil,
				problem.weights());
	}

	/** Sub-assemblies O0 (10 min) and O1 (40 min), then the assembly O2 (20 min); O0 may also run on M1 in 30. */
	private static Problem assembly(List<Precedence> assemblyWaitsFor, Optional<Pin> pinOfFirst, long frozenUntil) {
		List<Machine> machines = List.of(Machine.simple(0), Machine.simple(1), Machine.simple(2));
		Eligibility m0 = new Eligibility(new MachineId(0), 10);
		List<Operation> operations = List.of(
				new Operation(new OperationId(0), new JobId(0), List.of(),
						List.of(m0, new Eligibility(new MachineId(1), 30)), 0,
						SkillRequirement.NONE, 0, pinOfFirst),
				Operation.simple(1, 0, List.of(), List.of(new Eligibility(new MachineId(1), 40))),
				Operation.simple(2, 0, assemblyWaitsFor, List.of(new Eligibility(new MachineId(2), 20))));
		return new Problem(machines, List.of(), List.of(new Job(new JobId(0), "WO", 0, 100, 1)), operations,
				frozenUntil, ObjectiveWeights.DEFAULT);
	}
}
