package io.atelier.scheduling.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.construct.ConstructiveScheduler;
import io.atelier.scheduling.construct.DispatchRule;
import io.atelier.scheduling.construct.RandomizedRestarts;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.objective.Emphasis;
import io.atelier.scheduling.objective.Objectives;

/**
 * Schedules a generated factory: the time to the first feasible schedule, its objectives, the objectives after the
 * time limit with on-time emphasis, and the peak heap of the whole run.
 */
final class GeneratedRun {

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
		long started = System.nanoTime();
		Schedule first = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(problem);
		double firstSeconds = seconds(started);
		Objectives objectives = new Objectives();
		out.printf(Locale.ROOT, "generated %d operations, %d jobs, %d machines, %d workers in %.2f s%n",
				problem.operations().size(), problem.jobs().size(), problem.machines().size(), problem.workers().size(),
				generated);
		out.printf(Locale.ROOT, "first schedule in %.3f s: %s%n", firstSeconds,
				objectives.evaluate(problem, first).explain());
		var best = new RandomizedRestarts(List.of(DispatchRule.values()), Emphasis.ON_TIME.order()).solve(problem,
				options.timeLimit(), options.threads(), options.seed());
		out.printf(Locale.ROOT, "best of %d schedules after %s: %s; checker %s%n", best.restarts(),
				options.timeLimit(), best.values().explain(),
				new ScheduleChecker().isFeasible(problem, best.schedule()) ? "feasible" : "INFEASIBLE");
		out.printf(Locale.ROOT, "peak heap %.0f MB%n", peakHeapBytes() / 1048576.0);
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
