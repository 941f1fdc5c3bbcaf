package io.atelier.scheduling.improve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.atelier.scheduling.bench.FactoryGenerator;
import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.construct.ConstructiveScheduler;
import io.atelier.scheduling.construct.DispatchRule;
import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Interval;
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
import io.atelier.scheduling.model.SetupMatrix;
import io.atelier.scheduling.model.Skill;
import io.atelier.scheduling.model.SkillRequirement;
import io.atelier.scheduling.model.Worker;
import io.atelier.scheduling.model.WorkerId;
import io.atelier.scheduling.objective.Emphasis;
import io.atelier.scheduling.objective.ObjectiveValues;
import io.atelier.scheduling.objective.Objectives;
import io.atelier.scheduling.search.Score;
import io.atelier.scheduling.search.SearchSettings;

import static org.assertj.core.api.Assertions.assertThat;

class FactorySearchTests {

	private final ScheduleChecker checker = new ScheduleChecker();

	private final Objectives objectives = new Objectives();

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4 })
	void onGeneratedFactoriesTheSearchBeatsTheDispatchRuleAndStaysFeasible(long seed) {
		Problem problem = new FactoryGenerator(seed, 300).generate(300);
		Schedule start = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(problem);
		ObjectiveValues startValues = objectives.evaluate(problem, start);
		for (Emphasis emphasis : Emphasis.values()) {
			var result = new FactorySearch(emphasis).improve(problem, start, SearchSettings.iterations(seed, 2, 1500));
			assertThat(checker.check(problem, result.schedule())).isEmpty();
			assertThat(emphasis.order().compare(result.values(), startValues)).as(emphasis + " never worse")
				.isLessThanOrEqualTo(0);
			if (emphasis == Emphasis.ON_TIME) {
				assertThat(result.values().weightedTardiness()).as("late work done earlier")
					.isLessThan(startValues.weightedTardiness());
			}
		}
	}

	@Test
	void pinnedAndStartedOperationsStayExactlyWhereTheyAre() {
		Problem unpinned = new FactoryGenerator(11, 300).generate(300);
		Schedule before = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(unpinned);
		long now = 3 * 1440;
		Problem problem = startedBefore(unpinned, before, now);
		List<Operation> pinned = problem.operations().stream().filter(o -> o.pin().isPresent()).toList();
		assertThat(pinned).hasSizeGreaterThan(5);
		Schedule start = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(problem);

		var result = new FactorySearch(Emphasis.ON_TIME).improve(problem, start, SearchSettings.iterations(3, 2, 1500));

		assertThat(result.improved()).isTrue();
		assertThat(checker.check(problem, result.schedule())).isEmpty();
		for (Operation operation : pinned) {
			Pin pin = operation.pin().orElseThrow();
			ScheduledOperation placed = result.schedule().of(operation.id()).orElseThrow();
			assertThat(placed.machine()).isEqualTo(pin.machine());
			assertThat(placed.start()).isEqualTo(pin.start());
			assertThat(placed.end()).isEqualTo(start.of(operation.id()).orElseThrow().end());
			assertThat(placed.workers()).containsExactlyInAnyOrderElementsOf(pin.workers());
		}
	}

	@Test
	void aScheduleWhoseWorkHasAllStartedComesBackAtOnceAsItWas() {
		Problem unpinned = new FactoryGenerator(12, 100).generate(100);
		Schedule before = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(unpinned);
		Problem problem = startedBefore(unpinned, before, Long.MAX_VALUE / 8);
		Schedule start = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(problem);

		var result = new FactorySearch(Emphasis.ON_TIME).improve(problem, start,
				SearchSettings.timed(1, 2, Duration.ofMinutes(10)));

		assertThat(result.iterations()).isZero();
		assertThat(result.schedule()).isEqualTo(start);
	}

	/**
	 * M0 works [0, 480) and [540, 1020); M1 works [0, 60) and from 120 on. J0: O0 on M0 (10 min), then O1 on M1 (100
	 * min, one welder), due at 170, weight 2. J1: O2 on M0 (5 min), due at 1000. Earliest completion puts O2 first
	 * (done at 5 against 10), so O1 starts at 15, works 45 minutes before the break and 55 after it, and ends at 175:
	 * 5 minutes late. O0 first lets O1 start at 10 and end at 170, on time, with O2 on M0 in [10, 15): the optimum, as
	 * O0 and O1 alone need until 170.
	 */
	@Test
	void theSearchFindsTheOnTimeScheduleThatEarliestCompletionMisses() {
		Problem problem = twoJobsWithABreak();
		Schedule start = new ConstructiveScheduler(DispatchRule.EARLIEST_COMPLETION).schedule(problem);
		assertThat(objectives.evaluate(problem, start).weightedTardiness()).isEqualTo(10);
		List<Score> reported = new CopyOnWriteArrayList<>();

		var result = new FactorySearch(Emphasis.ON_TIME).improve(problem, start,
				SearchSettings.iterations(1, 1, 200).withListener((millis, best) -> reported.add(best)));

		assertThat(result.values().weightedTardiness()).isZero();
		assertThat(result.values().makespan()).isEqualTo(170);
		assertThat(result.schedule().of(new OperationId(0)).orElseThrow().start()).isZero();
		assertThat(result.schedule().of(new OperationId(2)).orElseThrow().start()).isEqualTo(10);
		assertThat(checker.check(problem, result.schedule())).isEmpty();
		assertThat(reported).last().isEqualTo(new Score(0, 170));
	}

	@Test
	void theSameSeedThreadsAndIterationBudgetGiveTheSameSchedule() {
		Problem problem = new FactoryGenerator(5, 400).generate(400);
		Schedule start = new ConstructiveScheduler(DispatchRule.MOST_WORK_REMAINING).schedule(problem);
		FactorySearch search = new FactorySearch(Emphasis.ON_TIME);

		var once = search.improve(problem, start, SearchSettings.iterations(9, 2, 800));
		var twice = search.improve(problem, start, SearchSettings.iterations(9, 2, 800));

		assertThat(once.improved()).isTrue();
		assertThat(twice.schedule()).isEqualTo(once.schedule());
		assertThat(twice.iterations()).isEqualTo(1600);
	}

	@Test
	void cancellingStopsTheSearchPromptlyWithAFeasibleSchedule() throws InterruptedException {
		Problem problem = new FactoryGenerator(6, 2000).generate(2000);
		Schedule start = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(problem);
		SearchSettings settings = SearchSettings.timed(1, 2, Duration.ofMinutes(10));
		Thread canceller = Thread.ofVirtual().start(() -> {
			sleep(300);
			settings.cancel().set(true);
		});
		long started = System.nanoTime();

		var result = new FactorySearch(Emphasis.ON_TIME).improve(problem, start, settings);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(result.values().feasible()).isTrue();
		assertThat(Emphasis.ON_TIME.order().compare(result.values(), objectives.evaluate(problem, start)))
			.isLessThanOrEqualTo(0);
		canceller.join();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The problem with every operation that started before {@code now} (and whose predecessors did) pinned. */
	private static Problem startedBefore(Problem problem, Schedule schedule, long now) {
		List<Operation> operations = new ArrayList<>();
		for (Operation o : problem.operations()) {
			ScheduledOperation s = schedule.of(o.id()).orElseThrow();
			boolean predecessorsStarted = o.predecessors()
				.stream()
				.allMatch(p -> operations.get(p.predecessor().index()).pin().isPresent());
			Optional<Pin> pin = s.start() < now && predecessorsStarted
					? Optional.of(new Pin(s.machine(), s.start(), s.workers())) : Optional.empty();
			operations.add(new Operation(o.id(), o.job(), o.predecessors(), o.machines(), o.family(), o.skill(),
					o.earliestStart(), pin));
		}
		return new Problem(problem.machines(), problem.workers(), problem.jobs(), operations, now, problem.weights());
	}

	private static Problem twoJobsWithABreak() {
		Skill welding = new Skill("welding");
		Calendar lunchBreak = Calendar.of(List.of(new Interval(0, 480), new Interval(540, 1020)));
		Calendar lateStart = Calendar.of(List.of(new Interval(0, 60), new Interval(120, Calendar.NEVER / 2)));
		List<Machine> machines = List.of(new Machine(new MachineId(0), "M0", lunchBreak, SetupMatrix.NONE),
				new Machine(new MachineId(1), "M1", lateStart, SetupMatrix.NONE));
		List<Worker> workers = List.of(new Worker(new WorkerId(0), "W0", Map.of(welding, 1), Calendar.always()));
		List<Job> jobs = List.of(new Job(new JobId(0), "WO-0", 0, 170, 2), new Job(new JobId(1), "WO-1", 0, 1000, 1));
		List<Operation> operations = List.of(operation(0, 0, List.of(), 0, 10, SkillRequirement.NONE),
				operation(1, 0, List.of(new Precedence(new OperationId(0), 0)), 1, 100,
						new SkillRequirement(welding, 1, 1)),
				operation(2, 1, List.of(), 0, 5, SkillRequirement.NONE));
		return new Problem(machines, workers, jobs, operations, 0, ObjectiveWeights.DEFAULT);
	}

	private static Operation operation(int index, int job, List<Precedence> predecessors, int machine, long minutes,
			SkillRequirement skill) {
		return new Operation(new OperationId(index), new JobId(job), predecessors,
				List.of(new Eligibility(new MachineId(machine), minutes)), 0, skill, 0, Optional.empty());
	}
}
