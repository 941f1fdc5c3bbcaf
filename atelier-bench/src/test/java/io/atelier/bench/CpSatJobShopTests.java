package io.atelier.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.bench.BenchmarkFormat;
import io.atelier.scheduling.bench.InstanceReader;
import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.objective.Objectives;
import io.atelier.scheduling.search.Objective;

import static org.assertj.core.api.Assertions.assertThat;

class CpSatJobShopTests {

	@Test
	void cpSatSolvesFt06ToItsOptimalMakespanOf55AndTheCheckerFindsTheScheduleFeasible() throws IOException {
		Problem problem = new InstanceReader().read(SharedBenchmarks.file("jsplib/instances/ft06"), BenchmarkFormat.JSP);
		Optional<Schedule> schedule = new CpSatJobShop().solve(problem, Objective.MAKESPAN, Duration.ofSeconds(2), 1,
				1);
		assertThat(schedule).isPresent();
		assertThat(new ScheduleChecker().isFeasible(problem, schedule.get())).isTrue();
		assertThat(new Objectives().evaluate(problem, schedule.get()).makespan()).isEqualTo(55);
	}

	@Test
	void aFlexibleShopGetsOneMachinePerOperationFromItsAlternativesAndTheBestMakespan() {
		// Job 0: 5 on machine 1 or 3 on machine 2, then 3 on machine 2; job 1: 4 on machine 2 (Brandimarte, 1-based).
		Problem problem = new InstanceReader().read("2 2 1\n2 2 1 5 2 3 1 2 3\n1 1 2 4\n", BenchmarkFormat.FJSP);
		Schedule schedule = new CpSatJobShop().solve(problem, Objective.MAKESPAN, Duration.ofSeconds(1), 1, 1)
			.orElseThrow();
		assertThat(new ScheduleChecker().isFeasible(problem, schedule)).isTrue();
		assertThat(new Objectives().evaluate(problem, schedule).makespan()).isEqualTo(8);
	}

	@Test
	void dueDatesMakeItMinimiseTotalTardinessSoTheShortJobDueFirstGoesFirst() {
		// One machine; job 0 takes 4 minutes, due at 4; job 1 takes 2, due at 2. Short first: 0 + (6 - 4) = 2.
		Problem problem = new InstanceReader().read(
				"1 2\nProcessing times:\n4\n2\nRoutes of jobs:\n1\n1\nDue dates:\n4\n2\n", BenchmarkFormat.JSP_DUE);
		Schedule schedule = new CpSatJobShop()
			.solve(problem, Objective.TOTAL_WEIGHTED_TARDINESS, Duration.ofSeconds(1), 1, 1)
			.orElseThrow();
		assertThat(new ScheduleChecker().isFeasible(problem, schedule)).isTrue();
		assertThat(new Objectives().evaluate(problem, schedule).totalTardiness()).isEqualTo(2);
	}
}
