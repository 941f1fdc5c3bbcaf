package io.atelier.scheduling.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.CopyOnWriteArrayList;

import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.construct.ConstructiveScheduler;
import io.atelier.scheduling.construct.DispatchRule;
import io.atelier.scheduling.construct.RandomizedRestarts;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.objective.Emphasis;
import io.atelier.scheduling.objective.Objectives;
import io.atelier.scheduling.search.Objective;
import io.atelier.scheduling.search.SearchSettings;
import io.atelier.scheduling.solve.EngineSolver;

/**
 * Schedules a generated factory: the time to the first feasible schedule, its objectives; then, each for the time limit
 * with on-time emphasis, the best of the dispatch rules restarted with noise (dispatch only) and the engine's dispatch
 * rules followed by local search, with the best weighted tardiness over time; and the peak heap of the whole run.
 */
final class GeneratedRun {

	private static final long[] MARKS = { 1, 2, 5, 10, 20, 30, 60, 120, 300, 600 };

	private final BenchOptions options;

	private final PrintStream out;

	GeneratedRun(BenchOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	void run() {
		long generating = System.nanoTime();
		Problem problem = new FactoryGenerator(options.seed(), options.generate()).generate(options.generate());
		double generated = seconds(generating);
		long startedCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		long started = System.nanoTime();
		Schedule first = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(problem);
		double firstSeconds = seconds(started);
		// on a shared machine the CPU time of the scheduling thread shows the cost without the other processes' load
		double firstCpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startedCpu) / 1e9;
		Objectives objectives = new Objectives();
		out.printf(Locale.ROOT, "generated %d operations, %d jobs, %d machines, %d workers in %.2f s%n",
				problem.operations().size(), problem.jobs().size(), problem.machines().size(), problem.workers().size(),
				generated);
		out.printf(Locale.ROOT, "first schedule in %.3f s (CPU %.3f s): %s%n", firstSeconds, firstCpuSeconds,
				objectives.evaluate(problem, first).explain());
		var best = new RandomizedRestarts(List.of(DispatchRule.values()), Emphasis.ON_TIME.order()).solve(problem,
				options.timeLimit(), options.threads(), options.seed());
		out.printf(Locale.ROOT, "dispatch rules only, best of %d schedules after %s: %s; checker %s%n", best.restarts(),
				options.timeLimit(), best.values().explain(),
				new ScheduleChecker().isFeasible(problem, best.schedule()) ? "feasible" : "INFEASIBLE");
		List<long[]> progress = new CopyOnWriteArrayList<>();
		var searched = new EngineSolver().solve(problem, Objective.TOTAL_WEIGHTED_TARDINESS,
				SearchSettings.timed(options.seed(), options.threads(), options.timeLimit())
					.withListener((millis, score) -> progress.add(new long[] { millis, score.primary() })));
		out.printf(Locale.ROOT, "%s after %s (%d iterations): %s; checker %s%n", searched.method(),
				options.timeLimit(), searched.iterations(), searched.values().explain(),
				new ScheduleChecker().isFeasible(problem, searched.schedule()) ? "feasible" : "INFEASIBLE");
		out.println("best weighted tardiness over time: " + overTime(progress, options.timeLimit().toMillis()));
		out.printf(Locale.ROOT, "peak heap %.0f MB%n", peakHeapBytes() / 1048576.0);
	}

	/**
	 * The best weighted tardiness the local search had reported at some seconds within the limit, counted from its own
	 * start, after the dispatch rules.
	 */
	private static String overTime(List<long[]> progress, long limitMillis) {
		StringJoiner marks = new StringJoiner(", ");
		for (long second : MARKS) {
			if (second * 1000 > limitMillis) {
				break;
			}
			long best = -1;
			for (long[] p : progress) {
				best = p[0] <= second * 1000 ? p[1] : best;
			}
			marks.add(second + " s " + (best < 0 ? "-" : best));
		}
		return marks.toString();
	}

	private static long peakHeapBytes() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getPeakUsage)
			.mapToLong(usage -> usage.getUsed())
			.sum();
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}
}
