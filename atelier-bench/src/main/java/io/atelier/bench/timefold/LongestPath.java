package io.atelier.bench.timefold;

import java.util.Arrays;
import java.util.List;

/**
 * The semi-active schedule of a solution by longest path over the disjunctive graph (job precedences with their lags,
 * machine orders), in arrays reused from one evaluation to the next: this is the whole score calculation, O(operations).
 */
final class LongestPath {

	final ShopData data;

	final long[] head;

	final int[] machineOf, positionOf, previousOnMachine, nextOnMachine;

	private final int[] missing, queue;

	/** How many operations got a head: fewer than all when the orders make a cycle or leave one out. */
	int reached;

	/** Operations on a machine that is not eligible for them. */
	int ineligible;

	LongestPath(ShopData data) {
		this.data = data;
		int n = data.operations;
		head = new long[n];
		machineOf = new int[n];
		positionOf = new int[n];
		previousOnMachine = new int[n];
		nextOnMachine = new int[n];
		missing = new int[n];
		queue = new int[n];
	}

	/** Computes the heads; false if some operation is in a cycle or on no machine. */
	boolean compute(List<FsMachine> machines) {
		int n = data.operations;
		Arrays.fill(machineOf, -1);
		ineligible = 0;
		for (FsMachine machine : machines) {
			List<FsOperation> list = machine.getOperations();
			int m = machine.getIndex();
			int previous = -1;
			for (int k = 0; k < list.size(); k++) {
				int o = list.get(k).index();
				machineOf[o] = m;
				positionOf[o] = k;
				previousOnMachine[o] = previous;
				if (previous >= 0) {
					nextOnMachine[previous] = o;
				}
				if (data.duration[o][m] < 0) {
					ineligible++;
				}
				previous = o;
			}
			if (previous >= 0) {
				nextOnMachine[previous] = -1;
			}
		}
		int tail = 0;
		for (int o = 0; o < n; o++) {
			missing[o] = data.predStart[o + 1] - data.predStart[o] + (machineOf[o] >= 0 && previousOnMachine[o] >= 0 ? 1 : 0);
			if (machineOf[o] >= 0 && missing[o] == 0) {
				queue[tail++] = o;
			}
		}
		int headIndex = 0;
		while (headIndex < tail) {
			int o = queue[headIndex++];
			long start = data.release[o];
			int previous = previousOnMachine[o];
			if (previous >= 0) {
				start = Math.max(start, end(previous));
			}
			for (int a = data.predStart[o]; a < data.predStart[o + 1]; a++) {
				start = Math.max(start, end(data.predOp[a]) + data.predLag[a]);
			}
			head[o] = start;
			for (int a = data.succStart[o]; a < data.succStart[o + 1]; a++) {
				int next = data.succOp[a];
				if (--missing[next] == 0 && machineOf[next] >= 0) {
					queue[tail++] = next;
				}
			}
			int next = nextOnMachine[o];
			if (next >= 0 && --missing[next] == 0) {
				queue[tail++] = next;
			}
		}
		reached = tail;
		return reached == n;
	}

	long end(int o) {
		return head[o] + Math.max(0, data.duration[o][machineOf[o]]);
	}

	long makespan() {
		long makespan = 0;
		for (int o = 0; o < data.operations; o++) {
			makespan = Math.max(makespan, end(o));
		}
		return makespan;
	}

	/** The completion of each job. */
	long[] completions() {
		long[] completion = new long[data.due.length];
		for (int o = 0; o < data.operations; o++) {
			completion[data.jobOf[o]] = Math.max(completion[data.jobOf[o]], end(o));
		}
		return completion;
	}

	long weightedTardiness() {
		long[] completion = completions();
		long sum = 0;
		for (int j = 0; j < completion.length; j++) {
			sum += data.weight[j] * Math.max(0, completion[j] - data.due[j]);
		}
		return sum;
	}
}
