package io.atelier.scheduling.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.construct.ConstructiveScheduler;
import io.atelier.scheduling.construct.DispatchRule;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.repair.MachineDowntime;
import io.atelier.scheduling.repair.RepairResult;
import io.atelier.scheduling.repair.ScheduleRepair;

/**
 * Measures schedule repair on a generated factory: a constructive schedule, then a breakdown of the busiest machine at
 * a moment a quarter into the schedule, repaired several times so that the JVM is warm. Usage:
 * {@code RepairBenchmark [operations] [seed] [downtime minutes]}.
 */
public final class RepairBenchmark {

	private static final int REPEATS = 10;

	private RepairBenchmark() {
	}

	public static void main(String[] args) {
		int operations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
		long downtime = args.length > 2 ? Long.parseLong(args[2]) : 8 * 60;
		Problem problem = new FactoryGenerator(seed, operations).generate(operations);
		long t0 = System.nanoTime();
		Schedule current = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(problem);
		System.out.printf("operations=%d constructive_ms=%d feasible=%b%n", operations, (System.nanoTime() - t0) / 1_000_000,
				new ScheduleChecker().isFeasible(problem, current));
		long first = current.operations().stream().mapToLong(ScheduledOperation::start).min().orElseThrow();
		long last = current.operations().stream().mapToLong(ScheduledOperation::end).max().orElseThrow();
		long now = first + (last - first) / 4;
		MachineDowntime breakdown = new MachineDowntime(busiestAfter(problem, current, now), now, now + downtime);
		long[] millis = new long[REPEATS];
		long[] cpuMillis = new long[REPEATS];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		RepairResult result = null;
		for (int r = 0; r < REPEATS; r++) {
			long cpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			result = new ScheduleRepair().repair(problem, current, breakdown, now);
			millis[r] = (System.nanoTime() - start) / 1_000_000;
			cpuMillis[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
		}
		Arrays.sort(millis);
		Arrays.sort(cpuMillis);
		System.out.printf("event=%s now=%d%n", breakdown, now);
		System.out.printf("repair_ms sorted=%s median=%d min=%d%n", Arrays.toString(millis),
				millis[REPEATS / 2], millis[0]);
		// the machine is shared: CPU time of the repairing thread shows the cost without the other processes' load
		System.out.printf("repair_cpu_ms sorted=%s median=%d%n", Arrays.toString(cpuMillis), cpuMillis[REPEATS / 2]);
		System.out.printf("operations_moved=%d released=%d interrupted=%d jobs_late_before_or_after=%d now_late=%d "
				+ "tardiness_before=%d tardiness_after=%d feasible=%b%n", result.operationsMoved(),
				result.released().size(), result.interruptions().size(), result.lateJobs().size(), result.nowLate().size(), result.tardinessBefore(),
				result.tardinessAfter(), new ScheduleChecker().isFeasible(result.problem(), result.schedule()));
	}

	private static MachineId busiestAfter(Problem problem, Schedule schedule, long now) {
		int[] count = new int[problem.machines().size()];
		schedule.operations().stream().filter(s -> s.start() >= now).forEach(s -> count[s.machine().index()]++);
		int busiest = 0;
		for (int m = 1; m < count.length; m++) {
			busiest = count[m] > count[busiest] ? m : busiest;
		}
		return new MachineId(busiest);
	}
}
