package io.atelier.scheduling.construct;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.objective.ObjectiveValues;
import io.atelier.scheduling.objective.Objectives;

/**
 * The dispatch-only baseline: the dispatch rules without noise, then with random noise, over and over until the time
 * limit, keeping the best. Restart {@code i} always uses the same rule and random seed, so a run that gets as many
 * restarts gives the same schedule; the threads share out the restarts.
 */
public final class RandomizedRestarts {

	private static final double NOISE = 0.1;

	private final List<DispatchRule> rules;

	private final Comparator<ObjectiveValues> order;

	private final Objectives objectives = new Objectives();

	public RandomizedRestarts(List<DispatchRule> rules, Comparator<ObjectiveValues> order) {
		this.rules = List.copyOf(rules);
		this.order = order;
	}

	/** The best schedule found, its objectives, and how many schedules were built. */
	public record Result(Schedule schedule, ObjectiveValues values, int restarts) {
	}

	public Result solve(Problem problem, Duration limit, int threads, long seed) {
		long deadline = System.nanoTime() + limit.toNanos();
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Candidate>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int first = t;
				futures.add(executor.submit(() -> run(problem, first, threads, seed, deadline)));
			}
			Candidate best = null;
			int restarts = 0;
			for (Future<Candidate> future : futures) {
				Candidate candidate = future.get();
				restarts += candidate.restarts();
				best = best == null || better(candidate, best) ? candidate : best;
			}
			return new Result(best.schedule(), best.values(), restarts);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while solving", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
		finally {
			executor.shutdownNow();
		}
	}

	private record Candidate(int restart, Schedule schedule, ObjectiveValues values, int restarts) {
	}

	private Candidate run(Problem problem, int first, int step, long seed, long deadline) {
		Candidate best = null;
		int count = 0;
		for (int i = first; best == null || System.nanoTime() < deadline; i += step) {
			Schedule schedule = scheduler(i, seed).schedule(problem);
			Candidate candidate = new Candidate(i, schedule, objectives.evaluateSoft(problem, schedule), 0);
			best = best == null || better(candidate, best) ? candidate : best;
			count++;
		}
		return new Candidate(best.restart(), best.schedule(), best.values(), count);
	}

	private ConstructiveScheduler scheduler(int restart, long seed) {
		DispatchRule rule = rules.get(restart % rules.size());
		if (restart < rules.size()) {
			return new ConstructiveScheduler(rule);
		}
		return new ConstructiveScheduler(rule, new Random(seed * 1_000_003L + restart), NOISE);
	}

	private boolean better(Candidate a, Candidate b) {
		int compared = order.compare(a.values(), b.values());
		return compared < 0 || (compared == 0 && a.restart() < b.restart());
	}
}
