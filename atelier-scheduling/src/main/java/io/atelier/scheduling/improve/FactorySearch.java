package io.atelier.scheduling.improve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.objective.Emphasis;
import io.atelier.scheduling.objective.ObjectiveValues;
import io.atelier.scheduling.objective.Objectives;
import io.atelier.scheduling.search.ProgressListener;
import io.atelier.scheduling.search.SearchSettings;
import io.atelier.scheduling.search.StopCondition;

/**
 * Improves a feasible schedule of a factory problem — calendars, skilled workers, setups, pins, release and material
 * times, lags — by local search on its machine sequences (see the package documentation). {@code threads} independent
 * searches seeded {@code seed}, {@code seed + 1}, … start from the same schedule; the best wins, ties to the lowest
 * thread. With an iteration budget the answer depends only on the seed and the thread count; with a time limit, also on
 * how far the threads got.
 */
public final class FactorySearch {

	private final Emphasis emphasis;

	private final Objectives objectives = new Objectives();

	public FactorySearch(Emphasis emphasis) {
		this.emphasis = emphasis;
	}

	/** The best schedule found, its objectives (hard constraints checked), and the iterations of all threads. */
	public record Result(Schedule schedule, ObjectiveValues values, boolean improved, long iterations) {
	}

	/** Improves {@code start}, a complete schedule such as the constructive scheduler builds; never returns worse. */
	public Result improve(Problem problem, Schedule start, SearchSettings settings) {
		ObjectiveValues startValues = objectives.evaluate(problem, start);
		Instance instance = new Instance(problem);
		Start from = Start.of(instance, start, objectives.evaluateSoft(problem, start));
		if (!from.sequences().anyMovable()) {
			return new Result(start, startValues, false, 0);
		}
		StopCondition stop = new StopCondition(settings);
		ProgressListener listener = ProgressListener.bestOnly(settings.listener());
		List<LateAcceptance.Found> found = new ArrayList<>();
		if (settings.threads() == 1) {
			found.add(new LateAcceptance(instance, from, emphasis, settings.seed(), stop, listener).run());
		}
		else {
			found.addAll(runInThreads(instance, from, settings, stop, listener));
		}
		LateAcceptance.Found best = null;
		long iterations = 0;
		for (LateAcceptance.Found f : found) {
			iterations += f.iterations();
			if (f.improved() && (best == null || emphasis.order().compare(f.best().values, best.best().values) < 0)) {
				best = f;
			}
		}
		if (best != null) {
			Schedule schedule = best.best().toSchedule(best.sequences());
			ObjectiveValues values = objectives.evaluate(problem, schedule);
			if (emphasis.order().compare(values, startValues) < 0) {
				return new Result(schedule, values, true, iterations);
			}
		}
		return new Result(start, startValues, false, iterations);
	}

	private List<LateAcceptance.Found> runInThreads(Instance instance, Start from, SearchSettings settings,
			StopCondition stop, ProgressListener listener) {
		ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
		try {
			List<Future<LateAcceptance.Found>> runs = new ArrayList<>();
			for (int t = 0; t < settings.threads(); t++) {
				long seed = settings.seed() + t;
				runs.add(pool.submit(() -> new LateAcceptance(instance, from, emphasis, seed, stop, listener).run()));
			}
			List<LateAcceptance.Found> found = new ArrayList<>();
			for (Future<LateAcceptance.Found> run : runs) {
				found.add(stop.join(run));
			}
			return found;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
