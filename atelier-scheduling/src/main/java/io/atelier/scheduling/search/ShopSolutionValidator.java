package io.atelier.scheduling.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a timed schedule against the problem directly from the definitions, sharing no code with the decoder, so that
 * tests of the decoder and of the search have an independent judge: each machine eligible, each duration equal to
 * the machine's processing time, releases, precedences with their lags, and no overlap on a machine including the
 * setup between consecutive operations.
 */
public final class ShopSolutionValidator {

	private ShopSolutionValidator() {
	}

	/** The violations found, empty if the schedule is feasible. */
	public static List<String> violations(ShopProblem problem, ShopSolution solution, Schedule schedule) {
		List<String> found = new ArrayList<>();
		int n = problem.operationCount();
		for (int op = 0; op < n; op++) {
			int m = solution.machineOf(op);
			int p = problem.duration(op, m);
			if (p < 0) {
				found.add("operation " + op + " on ineligible machine " + m);
			} else if (schedule.end()[op] - schedule.start()[op] != p) {
				found.add("operation " + op + " lasts " + (schedule.end()[op] - schedule.start()[op]) + ", not " + p);
			}
			if (schedule.start()[op] < problem.release(op)) {
				found.add("operation " + op + " starts before its release");
			}
			int[] preds = problem.predecessors(op);
			int[] lags = problem.predecessorLags(op);
			for (int k = 0; k < preds.length; k++) {
				if (schedule.start()[op] < schedule.end()[preds[k]] + lags[k]) {
					found.add("operation " + op + " starts before predecessor " + preds[k] + " ends plus lag " + lags[k]);
				}
			}
		}
		for (int m = 0; m < problem.machineCount(); m++) {
			checkMachine(problem, solution, schedule, m, found);
		}
		return found;
	}

	/** Operations on one machine, by start time: each starts after the previous one's end plus setup. */
	private static void checkMachine(ShopProblem problem, ShopSolution solution, Schedule schedule, int m,
			List<String> found) {
		Integer[] ops = java.util.stream.IntStream.range(0, problem.operationCount())
			.filter(op -> solution.machineOf(op) == m)
			.boxed()
			.toArray(Integer[]::new);
		Arrays.sort(ops, Comparator.comparingLong((Integer op) -> schedule.start()[op])
			.thenComparingLong(op -> schedule.end()[op]));
		for (int k = 1; k < ops.length; k++) {
			int a = ops[k - 1], b = ops[k];
			if (schedule.start()[b] < schedule.end()[a] + problem.setup(m, a, b)) {
				found.add("operations " + a + " and " + b + " overlap on machine " + m + " (setup included)");
			}
		}
	}
}
