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
		Problem problem = TinyShops.flexible();
		Schedule schedule = new CpSatJobShop().solve(problem, Objective.MAKESPAN, Duration.ofSeconds(1), 1, 1)
			.orElseThrow();
		assertThat(new ScheduleChecker().isFeasible(problem, schedule)).isTrue();
		assertThat(new Objectives().evaluate(problem, schedule).makespan()).isEqualTo(8);
	}

	@Test
	void dueDatesMakeItMinimiseTotalTardinessSoTheShortJobDueFirstGoesFirst() {
		Problem problem = TinyShops.dueDates();
		Schedule schedule = new CpSatJobShop()
			.solve(problem, Objective.TOTAL_WEIGHTED_TARDINESS, Duration.ofSeconds(1), 1, 1)
			.orElseThrow();
		assertThat(new ScheduleChecker().isFeasible(problem, schedule)).isTrue();
		assertThat(new Objectives().evaluate(problem, schedule).totalTardiness()).isEqualTo(2);
	}
}
