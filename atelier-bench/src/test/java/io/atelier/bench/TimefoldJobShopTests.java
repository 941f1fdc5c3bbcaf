package io.atelier.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.bench.BenchmarkFormat;
import io.atelier.scheduling.bench.InstanceReader;
import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.objective.Objectives;
import io.atelier.scheduling.search.Objective;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Move-count limits, not time, so the result does not depend on the machine's load: the time limit is only a safety
 * net far above what the moves take (ft06 reaches 59 after 20,000 moves, 61 after 12,000, with seed 1).
 */
class TimefoldJobShopTests {

	private static final Duration SAFETY = Duration.ofSeconds(30);

	@Test
	void timefoldSolvesFt06ToAFeasibleScheduleOfMakespanAtMost60() throws IOException {
		Problem problem = new InstanceReader().read(SharedBenchmarks.file("jsplib/instances/ft06"), BenchmarkFormat.JSP);
		Schedule schedule = new TimefoldJobShop(OptionalInt.of(20_000))
			.solve(problem, Objective.MAKESPAN, SAFETY, 1, 1)
			.orElseThrow();
		assertThat(new ScheduleChecker().isFeasible(problem, schedule)).isTrue();
		assertThat(new Objectives().evaluate(problem, schedule).makespan()).isLessThanOrEqualTo(60);
	}

	@Test
	void aFlexibleShopPutsEachOperationOnAnEligibleMachine() {
		Problem problem = TinyShops.flexible();
		Schedule schedule = new TimefoldJobShop(OptionalInt.of(2_000))
			.solve(problem, Objective.MAKESPAN, SAFETY, 1, 1)
			.orElseThrow();
		assertThat(new ScheduleChecker().isFeasible(problem, schedule)).isTrue();
		assertThat(new Objectives().evaluate(problem, schedule).makespan()).isEqualTo(8);
	}

	@Test
	void dueDatesMakeItMinimiseTotalTardinessSoTheShortJobDueFirstGoesFirst() {
		Problem problem = TinyShops.dueDates();
		Schedule schedule = new TimefoldJobShop(OptionalInt.of(2_000))
			.solve(problem, Objective.TOTAL_WEIGHTED_TARDINESS, SAFETY, 1, 1)
			.orElseThrow();
		assertThat(new ScheduleChecker().isFeasible(problem, schedule)).isTrue();
		assertThat(new Objectives().evaluate(problem, schedule).totalTardiness()).isEqualTo(2);
	}
}
