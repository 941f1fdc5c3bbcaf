package io.atelier.scheduling.construct;

import java.util.ArrayList;
import java.util.List;

import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;

/** The precedence graph read forwards: successors, a topological order, and the work remaining after each operation. */
final class Tails {

	final int[][] successors;

	final long[] remainingWork;

	Tails(Problem problem) {
		int n = problem.operations().size();
		List<List<Integer>> next = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			next.add(new ArrayList<>(2));
		}
		for (Operation operation : problem.operations()) {
			for (Precedence p : operation.predecessors()) {
				next.get(p.predecessor().index()).add(operation.id().index());
			}
		}
		successors = new int[n][];
		for (int i = 0; i < n; i++) {
			successors[i] = next.get(i).stream().mapToInt(Integer::intValue).toArray();
		}
		remainingWork = remainingWork(problem, topologicalOrder(problem));
	}

	private int[] topologicalOrder(Problem problem) {
		int n = successors.length;
		int[] waiting = new int[n];
		for (Operation operation : problem.operations()) {
			waiting[operation.id().index()] = operation.predecessors().size();
		}
		int[] order = new int[n];
		int head = 0;
		int tail = 0;
		for (int i = 0; i < n; i++) {
			if (waiting[i] == 0) {
				order[tail++] = i;
			}
		}
		while (head < tail) {
			for (int s : successors[order[head++]]) {
				if (--waiting[s] == 0) {
					order[tail++] = s;
				}
			}
		}
		if (tail < n) {
			throw new IllegalArgumentException("the precedences of the operations contain a cycle");
		}
		return order;
	}

	private long[] remainingWork(Problem problem, int[] order) {
		long[] remaining = new long[order.length];
		for (int k = order.length - 1; k >= 0; k--) {
			int i = order[k];
			long after = 0;
			for (int s : successors[i]) {
				after = Math.max(after, remaining[s]);
			}
			remaining[i] = shortestProcessing(problem.operations().get(i)) + after;
		}
		return remaining;
	}

	private static long shortestProcessing(Operation operation) {
		return operation.machines().stream().mapToLong(Eligibility::processingMinutes).min().orElse(0);
	}
}
