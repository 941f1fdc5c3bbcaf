package io.atelier.scheduling.solve;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import io.atelier.scheduling.construct.DispatchRule;
import io.atelier.scheduling.construct.RandomizedRestarts;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.objective.ObjectiveValues;
import io.atelier.scheduling.objective.Objectives;
import io.atelier.scheduling.search.Objective;
import io.atelier.scheduling.search.SearchResult;
import io.atelier.scheduling.search.SearchSettings;
import io.atelier.scheduling.search.ShopProblem;
import io.atelier.scheduling.search.ShopSolver;

/**
 * Solves a problem within a time limit: by tabu search where the kernel takes the problem as it is, otherwise by the
 * constructive scheduler with randomized restarts. The answer is measured on every objective, feasibility included.
 */
public final class EngineSolver {

	private final Objectives objectives = new Objectives();

	/** The schedule found, its objectives, and which method found it. */
	public record Result(Schedule schedule, ObjectiveValues values, String method) {
	}

	public Result solve(Problem problem, Objective objective, Duration limit, int threads, long seed) {
		if (ShopTranslation.applies(problem)) {
			ShopProblem shop = ShopTranslation.toShop(problem, objective);
			SearchResult found = ShopSolver.solve(shop, SearchSettings.timed(seed, threads, limit));
			Schedule schedule = ShopTranslation.toSchedule(shop, found.solution());
			return new Result(schedule, objectives.evaluate(problem, schedule), "tabu search");
		}
		Comparator<ObjectiveValues> order = objective == Objective.MAKESPAN
				? Comparator.comparingLong(ObjectiveValues::makespan)
				: Comparator.comparingLong(ObjectiveValues::weightedTardiness).thenComparingLong(ObjectiveValues::makespan);
		RandomizedRestarts.Result built = new RandomizedRestarts(List.of(DispatchRule.values()), order)
			.solve(problem, limit, threads, seed);
		return new Result(built.schedule(), objectives.evaluate(problem, built.schedule()), "dispatch rules");
	}
}
