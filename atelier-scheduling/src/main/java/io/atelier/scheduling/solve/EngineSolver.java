package io.atelier.scheduling.solve;

import java.time.Duration;
import java.util.List;

import io.atelier.scheduling.construct.ConstructiveScheduler;
import io.atelier.scheduling.construct.DispatchRule;
import io.atelier.scheduling.improve.FactorySearch;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.objective.Emphasis;
import io.atelier.scheduling.objective.ObjectiveValues;
import io.atelier.scheduling.objective.Objectives;
import io.atelier.scheduling.search.Objective;
import io.atelier.scheduling.search.SearchResult;
import io.atelier.scheduling.search.SearchSettings;
import io.atelier.scheduling.search.ShopProblem;
import io.atelier.scheduling.search.ShopSolver;

/**
 * Solves a problem within a time limit: by tabu search where the kernel takes the problem as it is; otherwise the best
 * schedule of the dispatch rules, improved by local search on machine sequences ({@link FactorySearch}) for the rest of
 * the time. The answer is measured on every objective, feasibility included.
 */
public final class EngineSolver {

	private final Objectives objectives = new Objectives();

	/** The schedule found, its objectives, which method found it and the iterations of its search threads. */
	public record Result(Schedule schedule, ObjectiveValues values, String method, long iterations) {
	}

	public Result solve(Problem problem, Objective objective, Duration limit, int threads, long seed) {
		return solve(problem, objective, SearchSettings.timed(seed, threads, limit));
	}

	/**
	 * Solves with the settings' time limit, iteration budget (per thread: with it alone the answer is the same on every
	 * run), cancel flag and progress listener.
	 */
	public Result solve(Problem problem, Objective objective, SearchSettings settings) {
		if (ShopTranslation.applies(problem)) {
			ShopProblem shop = ShopTranslation.toShop(problem, objective);
			SearchResult found = ShopSolver.solve(shop, settings);
			Schedule schedule = ShopTranslation.toSchedule(shop, found.solution());
			return new Result(schedule, objectives.evaluate(problem, schedule), "tabu search", found.iterations());
		}
		long started = System.nanoTime();
		Emphasis emphasis = objective == Objective.MAKESPAN ? Emphasis.THROUGHPUT : Emphasis.ON_TIME;
		Schedule start = bestRule(problem, emphasis, settings.timeLimit());
		Duration left = settings.timeLimit().minusNanos(System.nanoTime() - started);
		var improved = new FactorySearch(emphasis).improve(problem, start, new SearchSettings(settings.seed(),
				settings.threads(), left.isNegative() ? Duration.ZERO : left, settings.maxIterations(),
				settings.cancel(), settings.listener()));
		return new Result(improved.schedule(), improved.values(), "dispatch rules and local search",
				improved.iterations());
	}

	/**
	 * The best schedule of the dispatch rules without noise, ties to the rule tried first: the rule made for the
	 * emphasis first, the others only while they take less than a fifth of the time limit (on 10,000 operations one
	 * rule takes a second or more).
	 */
	private Schedule bestRule(Problem problem, Emphasis emphasis, Duration limit) {
		long deadline = System.nanoTime() + limit.dividedBy(5).toNanos();
		List<DispatchRule> rules = emphasis == Emphasis.ON_TIME
				? List.of(DispatchRule.TARDINESS_AWARE, DispatchRule.EARLIEST_COMPLETION, DispatchRule.MOST_WORK_REMAINING)
				: List.of(DispatchRule.MOST_WORK_REMAINING, DispatchRule.EARLIEST_COMPLETION, DispatchRule.TARDINESS_AWARE);
		Schedule best = null;
		ObjectiveValues bestValues = null;
		for (DispatchRule rule : rules) {
			if (best != null && System.nanoTime() - deadline >= 0) {
				break;
			}
			Schedule schedule = new ConstructiveScheduler(rule).schedule(problem);
			ObjectiveValues values = objectives.evaluateSoft(problem, schedule);
			if (best == null || emphasis.order().compare(values, bestValues) < 0) {
				best = schedule;
				bestValues = values;
			}
		}
		return best;
	}
}
