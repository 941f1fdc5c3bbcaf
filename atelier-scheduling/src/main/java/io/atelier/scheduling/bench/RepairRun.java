package io.atelier.scheduling.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.construct.ConstructiveScheduler;
import io.atelier.scheduling.construct.DispatchRule;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.repair.MachineDowntime;
import io.atelier.scheduling.repair.ReleasedOperation;
import io.atelier.scheduling.repair.RepairResult;
import io.atelier.scheduling.repair.ScheduleRepair;

/**
 * Measures schedule repair on a generated factory ({@code --repair N}): a constructive schedule, a frozen horizon of
 * four hours from "now" (a quarter into the schedule), and a breakdown, starting now, of the machine with the most work after now
 * among those running an operation at that moment, so that it hits running work. The repair is run {@value #REPEATS} times (the first ones
 * warm the JVM) and the wall-clock and CPU medians are printed, then what the repair did and an independent check:
 * the checker's verdict, and whether every started operation and every frozen one the repair did not report as
 * released kept its machine and start.
 */
final class RepairRun {

	private static final int REPEATS = 10;

	private static final long FROZEN_MINUTES = 4 * 60;

	private final int operations;

	private final long seed;

	private final Duration downtime;

	private final PrintStream out;

	RepairRun(int operations, long seed, Duration downtime, PrintStream out) {
		this.operations = operations;
		this.seed = seed;
		this.downtime = downtime;
		this.out = out;
	}

	void run() {
		Problem generated = new FactoryGenerator(seed, operations).generate(operations);
		long started = System.nanoTime();
		Schedule current = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(generated);
		double constructive = (System.nanoTime() - started) / 1e9;
		long first = current.operations().stream().mapToLong(ScheduledOperation::start).min().orElseThrow();
		long last = current.operations().stream().mapToLong(ScheduledOperation::end).max().orElseThrow();
		long now = first + (last - first) / 4;
		Problem problem = new Problem(generated.machines(), generated.workers(), generated.jobs(),
				generated.operations(), now + FROZEN_MINUTES, generated.weights());
		MachineDowntime breakdown = new MachineDowntime(busiestAfter(problem, current, now), now,
				now + downtime.toMinutes());
		out.printf(Locale.ROOT, "generated %d operations; constructive schedule in %.2f s; now = minute %d, frozen "
				+ "until %d; %s%n", generated.operations().size(), constructive, now, problem.frozenUntil(), breakdown);

		long[] wall = new long[REPEATS];
		long[] cpu = new long[REPEATS];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		RepairResult result = null;
		for (int r = 0; r < REPEATS; r++) {
			long cpuStart = threads.getCurrentThreadCpuTime();
			long wallStart = System.nanoTime();
			result = new ScheduleRepair().repair(problem, current, breakdown, now);
			wall[r] = (System.nanoTime() - wallStart) / 1_000_000;
			cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
		}
		out.printf(Locale.ROOT, "repair ms, wall clock: first %d, median %d, max %d; CPU of the repairing thread: "
				+ "median %d%n", wall[0], median(wall), Arrays.stream(wall).max().orElseThrow(), median(cpu));

		Set<OperationId> released = new HashSet<>();
		result.released().stream().map(ReleasedOperation::operation).forEach(released::add);
		int startedCount = 0;
		int startedMoved = 0;
		int frozenCount = 0;
		int frozenMoved = 0;
		Map<OperationId, ScheduledOperation> repaired = new HashMap<>();
		result.schedule().operations().forEach(s -> repaired.put(s.operation(), s));
		for (ScheduledOperation before : current.operations()) {
			if (before.start() >= problem.frozenUntil()) {
				continue;
			}
			ScheduledOperation after = repaired.get(before.operation());
			boolean kept = after.start() == before.start() && after.machine().equals(before.machine());
			if (before.start() < now) {
				startedCount++;
				startedMoved += kept ? 0 : 1;
			}
			else {
				frozenCount++;
				frozenMoved += kept || released.contains(before.operation()) ? 0 : 1;
			}
		}
		out.printf(Locale.ROOT, "operations moved %d; jobs now late %d; tardiness %d -> %d min; started work "
				+ "interrupted %d; frozen work released %d%n", result.operationsMoved(), result.nowLate().size(),
				result.tardinessBefore(), result.tardinessAfter(), result.interruptions().size(), released.size());
		out.printf(Locale.ROOT, "check: %s; started operations %d, moved %d; frozen operations %d, moved without "
				+ "being reported released %d%n",
				new ScheduleChecker().isFeasible(result.problem(), result.schedule()) ? "feasible" : "INFEASIBLE",
				startedCount, startedMoved, frozenCount, frozenMoved);
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/** The machine with the most work after now among those running an operation at now (any, if none is). */
	private static MachineId busiestAfter(Problem problem, Schedule schedule, long now) {
		int[] count = new int[problem.machines().size()];
		boolean[] running = new boolean[count.length];
		for (ScheduledOperation s : schedule.operations()) {
			count[s.machine().index()] += s.start() >= now ? 1 : 0;
			running[s.machine().index()] |= s.start() < now && s.end() > now;
		}
		int busiest = -1;
		for (int m = 0; m < count.length; m++) {
			boolean better = busiest < 0 || running[m] && !running[busiest]
					|| running[m] == running[busiest] && count[m] > count[busiest];
			busiest = better ? m : busiest;
		}
		return new MachineId(busiest);
	}
}
