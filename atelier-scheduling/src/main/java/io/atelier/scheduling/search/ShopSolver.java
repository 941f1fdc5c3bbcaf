package io.atelier.scheduling.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Entry point: dispatch-rule start, then {@code threads} independent tabu searches seeded {@code seed}, {@code seed+1},
 * …; the best result wins, ties to the lowest thread index, so the answer depends only on the seeds and the budget.
 */
public final class ShopSolver {

	private ShopSolver() {
	}

	public static SearchResult solve(ShopProblem problem, SearchSettings settings) {
		ShopSolution start = DispatchRule.initialSolution(problem);
		StopCondition stop = new StopCondition(settings);
		ProgressListener global = ProgressListener.bestOnly(settings.listener());
		if (settings.threads() == 1) {
			return new TabuSearch(problem, start, settings.seed(), stop, global).run();
		}
		ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
		try {
			List<Future<SearchResult>> runs = new ArrayList<>();
			for (int t = 0; t < settings.threads(); t++) {
				long seed = settings.seed() + t;
				runs.add(pool.submit(() -> new TabuSearch(problem, start, seed, stop, global).run()));
			}
			return bestOf(runs, stop);
		} finally {
			pool.shutdownNow();
		}
	}

	private static SearchResult bestOf(List<Future<SearchResult>> runs, StopCondition stop) {
		SearchResult best = null;
		long iterations = 0;
		for (Future<SearchResult> run : runs) {
			SearchResult result = stop.join(run);
			iterations += result.iterations();
			if (best == null || result.score().isBetterThan(best.score())) {
				best = result;
			}
		}
		return new SearchResult(best.solution(), best.schedule(), best.score(), iterations);
	}
}
