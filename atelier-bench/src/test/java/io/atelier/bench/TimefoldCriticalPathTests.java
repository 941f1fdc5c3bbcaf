package io.atelier.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.bench.BenchmarkFormat;
import io.atelier.scheduling.bench.InstanceReader;
import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.objective.Objectives;
import io.atelier.scheduling.search.DispatchRule;
import io.atelier.scheduling.search.Objective;
import io.atelier.scheduling.search.ShopProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step limits, not time, so the results do not depend on the machine's load; the time limit is only a safety net far
 * above what the steps take.
 */
class TimefoldCriticalPathTests {

	private static final Duration SAFETY = Duration.ofSeconds(30);

	@Test
	void startedFromTheDispatchScheduleTheCriticalPathSearchEndsFeasibleAndNoWorseThanItsStart() throws IOException {
		for (String instance : new String[] { "ft06", "la01", "ft10" }) {
			Problem problem = new InstanceReader().read(SharedBenchmarks.file("jsplib/instances/" + instance),
					BenchmarkFormat.JSP);
			ShopProblem shop = TimefoldCriticalPath.shop(problem, Objective.MAKESPAN);
			long start = DispatchRule.initialSolution(shop).decode(shop).makespan();

			Schedule schedule = new TimefoldCriticalPath(OptionalLong.of(300))
				.solve(problem, Objective.MAKESPAN, SAFETY, 1, 1)
				.orElseThrow();

			assertThat(new ScheduleChecker().isFeasible(problem, schedule)).as(instance).isTrue();
			assertThat(new Objectives().evaluate(problem, schedule).makespan()).as(instance).isLessThanOrEqualTo(start);
		}
	}

	@Test
	void itsMovesOnTheCriticalPathImproveFt10WellBeyondTheDispatchSchedule() throws IOException {
		Problem problem = new InstanceReader().read(SharedBenchmarks.file("jsplib/instances/ft10"), BenchmarkFormat.JSP);
		ShopProblem shop = TimefoldCriticalPath.shop(problem, Objective.MAKESPAN);
		long start = DispatchRule.initialSolution(shop).decode(shop).makespan();

		Schedule schedule = new TimefoldCriticalPath(OptionalLong.of(2_000))
			.solve(problem, Objective.MAKESPAN, SAFETY, 1, 1)
			.orElseThrow();

		// a plain descent stops at 1111 from 1124; the tabu search on the moved segments goes on
		assertThat(new Objectives().evaluate(problem, schedule).makespan()).isLessThan(start - 60);
	}

	@Test
	void aFlexibleShopMovesAnOperationToTheOtherEligibleMachineWhenThatIsShorter() {
		Problem problem = TinyShops.flexible();
		Schedule schedule = new TimefoldCriticalPath(OptionalLong.of(100))
			.solve(problem, Objective.MAKESPAN, SAFETY, 1, 1)
			.orElseThrow();
		assertThat(new ScheduleChecker().isFeasible(problem, schedule)).isTrue();
		assertThat(new Objectives().evaluate(problem, schedule).makespan()).isEqualTo(8);
	}

	@Test
	void dueDatesMakeItMinimiseTotalTardinessSoTheShortJobDueFirstGoesFirst() {
		Problem problem = TinyShops.dueDates();
		Schedule schedule = new TimefoldCriticalPath(OptionalLong.of(100))
			.solve(problem, Objective.TOTAL_WEIGHTED_TARDINESS, SAFETY, 1, 1)
			.orElseThrow();
		assertThat(new ScheduleChecker().isFeasible(problem, schedule)).isTrue();
		assertThat(new Objectives().evaluate(problem, schedule).totalTardiness()).isEqualTo(2);
	}

	@Test
	void twoThreadsRunTwoIndependentSolversAndKeepTheBetter() throws IOException {
		Problem problem = new InstanceReader().read(SharedBenchmarks.file("jsplib/instances/ft06"), BenchmarkFormat.JSP);
		long one = makespan(problem, 1);
		long two = makespan(problem, 2);
		assertThat(two).isLessThanOrEqualTo(one);
	}

	private static long makespan(Problem problem, int threads) {
		Schedule schedule = new TimefoldCriticalPath(OptionalLong.of(200))
			.solve(problem, Objective.MAKESPAN, SAFETY, threads, 1)
			.orElseThrow();
		return new Objectives().evaluate(problem, schedule).makespan();
	}
}
