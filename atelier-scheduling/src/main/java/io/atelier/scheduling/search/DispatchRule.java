package io.atelier.scheduling.search;

import java.util.Arrays;

/**
 * The initial solution: a list schedule that repeatedly takes, among the operations whose predecessors are all
 * scheduled, the operation and eligible machine with the earliest completion (release, lags and setups included);
 * ties go to the operation with the most work remaining after it (longest path of shortest processing times), which
 * keeps long jobs moving, then to the lower operation index so the result is deterministic.
 */
public final class DispatchRule {

	private DispatchRule() {
	}

	public static ShopSolution initialSolution(ShopProblem pb) {
		return new Run(pb).build();
	}

	private static final class Run {

		private final ShopProblem pb;
		private final long[] workRemaining;
		private final long[] end;
		private final long[] machineFree;
		private final int[] lastOnMachine;
		private final int[] missingPreds;
		private final int[] ready;
		private int readyCount;

		Run(ShopProblem pb) {
			this.pb = pb;
			int n = pb.operationCount;
			workRemaining = workRemaining(pb);
			end = new long[n];
			machineFree = new long[pb.machineCount];
			lastOnMachine = new int[pb.machineCount];
			Arrays.fill(lastOnMachine, -1);
			missingPreds = new int[n];
			ready = new int[n];
			for (int op = 0; op < n; op++) {
				missingPreds[op] = pb.predStart[op + 1] - pb.predStart[op];
				if (missingPreds[op] == 0) {
					ready[readyCount++] = op;
				}
			}
		}

		ShopSolution build() {
			int[] machineOf = new int[pb.operationCount];
			int[] scheduled = new int[pb.operationCount];
			for (int step = 0; step < pb.operationCount; step++) {
				int bestSlot = -1, bestK = -1;
				long bestCompletion = Long.MAX_VALUE;
				for (int slot = 0; slot < readyCount; slot++) {
					int op = ready[slot];
					for (int k = pb.eligStart[op]; k < pb.eligStart[op + 1]; k++) {
						long completion = earliestStart(op, pb.eligMachine[k]) + pb.eligDuration[k];
						if (completion < bestCompletion || completion == bestCompletion && isPreferred(op, ready[bestSlot])) {
							bestCompletion = completion;
							bestSlot = slot;
							bestK = k;
						}
					}
				}
				int op = ready[bestSlot];
				machineOf[op] = pb.eligMachine[bestK];
				scheduled[step] = op;
				schedule(op, machineOf[op], bestCompletion, bestSlot);
			}
			return new ShopSolution(machineOf, sequences(machineOf, scheduled));
		}

		/** Each machine's operations in the order they were scheduled. */
		private int[][] sequences(int[] machineOf, int[] scheduled) {
			int[] length = new int[pb.machineCount];
			for (int m : machineOf) {
				length[m]++;
			}
			int[][] sequences = new int[pb.machineCount][];
			for (int m = 0; m < pb.machineCount; m++) {
				sequences[m] = new int[length[m]];
				length[m] = 0;
			}
			for (int op : scheduled) {
				int m = machineOf[op];
				sequences[m][length[m]++] = op;
			}
			return sequences;
		}

		private boolean isPreferred(int op, int incumbent) {
			return workRemaining[op] > workRemaining[incumbent]
					|| workRemaining[op] == workRemaining[incumbent] && op < incumbent;
		}

		private long earliestStart(int op, int m) {
			long start = pb.release[op];
			for (int a = pb.predStart[op]; a < pb.predStart[op + 1]; a++) {
				start = Math.max(start, end[pb.predOp[a]] + pb.predLag[a]);
			}
			int last = lastOnMachine[m];
			return last < 0 ? start : Math.max(start, machineFree[m] + pb.setup(m, last, op));
		}

		private void schedule(int op, int m, long completion, int slot) {
			end[op] = completion;
			machineFree[m] = completion;
			lastOnMachine[m] = op;
			ready[slot] = ready[--readyCount];
			for (int a = pb.succStart[op]; a < pb.succStart[op + 1]; a++) {
				if (--missingPreds[pb.succOp[a]] == 0) {
					ready[readyCount++] = pb.succOp[a];
				}
			}
		}

		private static long[] workRemaining(ShopProblem pb) {
			int[] order = DisjunctiveGraph.topologicalOrderOfPrecedences(pb);
			long[] work = new long[pb.operationCount];
			for (int i = order.length - 1; i >= 0; i--) {
				int op = order[i];
				long after = 0;
				for (int a = pb.succStart[op]; a < pb.succStart[op + 1]; a++) {
					after = Math.max(after, pb.succLag[a] + work[pb.succOp[a]]);
				}
				int shortest = Integer.MAX_VALUE;
				for (int k = pb.eligStart[op]; k < pb.eligStart[op + 1]; k++) {
					shortest = Math.min(shortest, pb.eligDuration[k]);
				}
				work[op] = shortest + after;
			}
			return work;
		}
	}
}
