package io.atelier.scheduling.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShopSolverTest {

	private static ShopProblem ft06() throws IOException {
		try (InputStream in = ShopSolverTest.class.getResourceAsStream("ft06.txt")) {
			return BenchmarkReaders.jssp(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static List<String> violations(ShopProblem problem, SearchResult result) {
		return ShopSolutionValidator.violations(problem, result.solution(), result.schedule());
	}

	@Test
	void theSearchReachesTheOptimumOfFt06WithinAnIterationBudget() throws IOException {
		ShopProblem ft06 = ft06();

		SearchResult result = ShopSolver.solve(ft06, SearchSettings.iterations(1, 1, 20_000));

		assertThat(DispatchRule.initialSolution(ft06).decode(ft06).makespan()).isGreaterThan(55);
		assertThat(result.score().makespan()).isEqualTo(55);
		assertThat(violations(ft06, result)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void theSearchNeverReturnsAnInfeasibleSolutionOnRandomShops(Objective objective) {
		for (long seed = 0; seed < 40; seed++) {
			ShopProblem problem = RandomShops.generate(seed, objective);

			SearchResult result = ShopSolver.solve(problem, SearchSettings.iterations(seed, 2, 300));

			assertThat(violations(problem, result)).as("seed %d", seed).isEmpty();
			assertThat(result.score()).isEqualTo(result.schedule().score(problem));
			assertThat(violations(problem, DispatchRule.initialSolution(problem), DispatchRule.initialSolution(problem)
				.decode(problem))).isEmpty();
		}
	}

	private static List<String> violations(ShopProblem problem, ShopSolution solution, Schedule schedule) {
		return ShopSolutionValidator.violations(problem, solution, schedule);
	}

	/**
	 * Job 0: a (machine 0: 1, machine 1: 2) then b (machine 0 only: 5); job 1: c (machine 0: 2, machine 1: 3). The
	 * dispatch rule puts c between a and b on machine 0 (makespan 8); the optimum 6 moves c to machine 1.
	 */
	@Test
	void theSearchMovesAnOperationToAnotherMachineToReachTheFlexibleOptimum() {
		ShopProblem.Builder b = ShopProblem.builder(2);
		int job0 = b.job(0, 1), job1 = b.job(0, 1);
		b.chained(job0, new int[] { 0, 1 }, new int[] { 1, 2 });
		b.chained(job0, new int[] { 0 }, new int[] { 5 });
		int c = b.chained(job1, new int[] { 0, 1 }, new int[] { 2, 3 });
		ShopProblem problem = b.build();

		SearchResult result = ShopSolver.solve(problem, SearchSettings.iterations(3, 1, 200));

		assertThat(DispatchRule.initialSolution(problem).decode(problem).makespan()).isEqualTo(8);
		assertThat(result.score().makespan()).isEqualTo(6);
		assertThat(result.solution().machineOf(c)).isEqualTo(1);
		assertThat(violations(problem, result)).isEmpty();
	}

	/**
	 * One machine; A (4, due 4, weight 1), B (1, due 1, weight 5), C (2, due 7, weight 1). Earliest completion gives
	 * B, C, A with tardiness 3; the optimum B, A, C has 1.
	 */
	@Test
	void theSearchMinimisesTotalWeightedTardiness() {
		ShopProblem.Builder b = ShopProblem.builder(1).objective(Objective.TOTAL_WEIGHTED_TARDINESS);
		int a = b.operation(b.job(4, 1), new int[] { 0 }, new int[] { 4 });
		int bb = b.operation(b.job(1, 5), new int[] { 0 }, new int[] { 1 });
		int c = b.operation(b.job(7, 1), new int[] { 0 }, new int[] { 2 });
		ShopProblem problem = b.build();

		SearchResult result = ShopSolver.solve(problem, SearchSettings.iterations(5, 1, 100));

		assertThat(DispatchRule.initialSolution(problem).decode(problem).weightedTardiness(problem)).isEqualTo(3);
		assertThat(result.score()).isEqualTo(new Score(1, 7));
		assertThat(result.solution().sequence(0)).containsExactly(bb, a, c);
	}

	@Test
	void withNoJobLateTheTardinessSearchStillShortensTheMakespan() throws IOException {
		ShopProblem ft06 = ft06();
		ShopProblem.Builder b = ShopProblem.builder(ft06.machineCount()).objective(Objective.TOTAL_WEIGHTED_TARDINESS);
		for (int job = 0; job < ft06.jobCount(); job++) {
			b.job(1_000, 1);
		}
		for (int op = 0; op < ft06.operationCount(); op++) {
			int machine = ft06.eligibleMachines(op)[0];
			b.chained(ft06.jobOf(op), new int[] { machine }, new int[] { ft06.duration(op, machine) });
		}
		ShopProblem relaxed = b.build();

		SearchResult result = ShopSolver.solve(relaxed, SearchSettings.iterations(1, 1, 2_000));

		assertThat(result.score().primary()).isZero();
		assertThat(result.score().makespan())
			.isLessThan(DispatchRule.initialSolution(relaxed).decode(relaxed).makespan());
		assertThat(violations(relaxed, result)).isEmpty();
	}

	@Test
	void twoThreadsWithTheSameSeedAndBudgetGiveTheSameSolution() throws IOException {
		ShopProblem ft06 = ft06();

		SearchResult first = ShopSolver.solve(ft06, SearchSettings.iterations(7, 2, 500));
		SearchResult second = ShopSolver.solve(ft06, SearchSettings.iterations(7, 2, 500));

		for (int m = 0; m < ft06.machineCount(); m++) {
			assertThat(first.solution().sequence(m)).containsExactly(second.solution().sequence(m));
		}
		assertThat(first.iterations()).isEqualTo(1000);
	}

	@Test
	void aCancelledSearchReturnsTheStartSolutionAtOnce() throws IOException {
		ShopProblem ft06 = ft06();
		SearchSettings settings = SearchSettings.iterations(1, 2, Long.MAX_VALUE);
		settings.cancel().set(true);

		SearchResult result = ShopSolver.solve(ft06, settings);

		assertThat(result.iterations()).isZero();
		assertThat(result.score().makespan()).isEqualTo(DispatchRule.initialSolution(ft06).decode(ft06).makespan());
	}

	@Test
	@Timeout(120) // guards against a hang only; nothing here measures speed
	void interruptingTheCallerStopsAllThreadsAndStillReturnsTheirBest() throws Exception {
		ShopProblem ft06 = ft06();
		CountDownLatch started = new CountDownLatch(1);
		AtomicReference<SearchResult> result = new AtomicReference<>();
		AtomicBoolean flagRestored = new AtomicBoolean();
		SearchSettings endless = SearchSettings.iterations(1, 2, Long.MAX_VALUE)
			.withListener((millis, best) -> started.countDown());
		Thread caller = new Thread(() -> {
			result.set(ShopSolver.solve(ft06, endless));
			flagRestored.set(Thread.currentThread().isInterrupted());
		});

		caller.start();
		started.await();
		caller.interrupt();
		caller.join();

		assertThat(result.get()).isNotNull();
		assertThat(violations(ft06, result.get())).isEmpty();
		assertThat(flagRestored).isTrue();
	}

	@Test
	void theListenerHearsEachNewBestAndLastlyTheResultsScore() throws IOException {
		ShopProblem ft06 = ft06();
		List<Score> heard = new ArrayList<>();

		SearchResult result = ShopSolver.solve(ft06,
				SearchSettings.iterations(1, 2, 2_000).withListener((millis, best) -> heard.add(best)));

		assertThat(heard).hasSizeGreaterThan(1).isSortedAccordingTo((x, y) -> y.compareTo(x)).doesNotHaveDuplicates();
		assertThat(heard.getLast()).isEqualTo(result.score());
	}
}
