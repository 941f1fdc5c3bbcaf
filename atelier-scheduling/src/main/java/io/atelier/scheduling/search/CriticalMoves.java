package io.atelier.scheduling.search;

/**
 * The neighbourhood of the current solution, rebuilt each iteration from its heads and tails: critical paths are
 * traced back from their last operation through tight arcs (machine arcs preferred, so blocks stay long); on each path,
 * the two first and the two last operations of every block of ≥ 2 operations are candidates to swap (N5 of Nowicki &
 * Smutnicki; the first and last block are not skipped because release times and lags void that exclusion); every
 * flexible operation on the path is a candidate to move to another eligible machine, at the position with the best
 * estimate among those that cannot create a cycle. Each move carries the head/tail estimate of the longest path
 * through the operations it touches (Balas & Vazacopoulos; Mastrolilli & Gambardella for reassignments).
 */
final class CriticalMoves {

	static final int SWAP = 0, REASSIGN = 1;

	private final DisjunctiveGraph g;
	private final ShopProblem pb;
	private final int[] path;
	private int pathLength;
	int count;
	int[] type = new int[64], a = new int[64], b = new int[64], previous = new int[64];
	long[] estimate = new long[64];

	CriticalMoves(DisjunctiveGraph graph) {
		g = graph;
		pb = graph.pb;
		path = new int[graph.n];
	}

	/** Collects moves on the critical path for makespan, or on the paths of all late jobs for tardiness. */
	void collect() {
		count = 0;
		if (pb.objective == Objective.MAKESPAN) {
			collectOnPathTo(lastOperation(-1));
			return;
		}
		long[] completion = new long[pb.jobCount()];
		for (int op = 0; op < g.n; op++) {
			completion[pb.jobOf[op]] = Math.max(completion[pb.jobOf[op]], g.head[op] + g.duration[op]);
		}
		for (int job = 0; job < completion.length; job++) {
			if (completion[job] > pb.dueDate[job] && pb.weight[job] > 0) {
				collectOnPathTo(lastOperation(job));
			}
		}
	}

	/** The operation ending last, of the given job or (job −1) of all. */
	private int lastOperation(int job) {
		int last = -1;
		long end = -1;
		for (int op = 0; op < g.n; op++) {
			if ((job < 0 || pb.jobOf[op] == job) && g.head[op] + g.duration[op] > end) {
				end = g.head[op] + g.duration[op];
				last = op;
			}
		}
		return last;
	}

	private void collectOnPathTo(int last) {
		tracePath(last);
		int blockStart = 0;
		for (int i = 0; i < pathLength; i++) {
			boolean blockEnds = i + 1 == pathLength || g.ms[path[i]] != path[i + 1];
			if (blockEnds) {
				addBorderSwaps(blockStart, i);
				blockStart = i + 1;
			}
			if (pb.eligStart[path[i] + 1] - pb.eligStart[path[i]] > 1) {
				addReassignments(path[i]);
			}
		}
	}

	private void tracePath(int last) {
		pathLength = 0;
		for (int op = last; op >= 0; op = tightPredecessor(op)) {
			path[pathLength++] = op;
		}
		for (int i = 0, j = pathLength - 1; i < j; i++, j--) {
			int t = path[i];
			path[i] = path[j];
			path[j] = t;
		}
	}

	private int tightPredecessor(int op) {
		long start = g.head[op];
		int mp = g.mp[op];
		if (mp >= 0 && g.head[mp] + g.duration[mp] + g.setupBetween(mp, op) == start) {
			return mp;
		}
		for (int k = pb.predStart[op]; k < pb.predStart[op + 1]; k++) {
			int pred = pb.predOp[k];
			if (g.head[pred] + g.duration[pred] + pb.predLag[k] == start) {
				return pred;
			}
		}
		return -1;
	}

	private void addBorderSwaps(int from, int to) {
		if (to - from < 1) {
			return;
		}
		addSwap(path[from], path[from + 1]);
		if (to - 1 > from) {
			addSwap(path[to - 1], path[to]);
		}
	}

	/** u directly before v on one machine; estimate of the longest path through both once v precedes u. */
	private void addSwap(int u, int v) {
		int before = g.mp[u], after = g.ms[v];
		long headV = Math.max(jobHead(v), before >= 0 ? end(before) + g.setupBetween(before, v) : 0);
		long headU = Math.max(jobHead(u), headV + g.duration[v] + g.setupBetween(v, u));
		long tailU = Math.max(jobTail(u), after >= 0 ? g.setupBetween(u, after) + g.duration[after] + g.tail[after] : 0);
		long tailV = Math.max(jobTail(v), g.setupBetween(v, u) + g.duration[u] + tailU);
		add(SWAP, u, v, -1, Math.max(headV + g.duration[v] + tailV, headU + g.duration[u] + tailU));
	}

	/** For each other eligible machine, the cycle-safe insertion position with the best estimate. */
	private void addReassignments(int v) {
		long headV = g.head[v], endV = g.head[v] + g.duration[v];
		long jobHead = jobHead(v), jobTail = jobTail(v);
		for (int k = pb.eligStart[v]; k < pb.eligStart[v + 1]; k++) {
			int m = pb.eligMachine[k];
			if (m == g.machine[v]) {
				continue;
			}
			int bestPrevious = -2;
			long bestEstimate = Long.MAX_VALUE;
			for (int prev = -1, next = g.first[m];; prev = next, next = g.ms[next]) {
				// prev must not follow v (head < v's end) and next must not precede v (end > v's head)
				if (prev >= 0 && g.head[prev] >= endV) {
					break;
				}
				if (next < 0 || end(next) > headV) {
					long estimate = insertionEstimate(v, m, pb.eligDuration[k], prev, next, jobHead, jobTail);
					if (estimate < bestEstimate) {
						bestEstimate = estimate;
						bestPrevious = prev;
					}
				}
				if (next < 0) {
					break;
				}
			}
			if (bestPrevious > -2) {
				add(REASSIGN, v, m, bestPrevious, bestEstimate);
			}
		}
	}

	private long insertionEstimate(int v, int m, int p, int prev, int next, long jobHead, long jobTail) {
		long head = Math.max(jobHead, prev >= 0 ? end(prev) + pb.setup(m, prev, v) : 0);
		long tail = Math.max(jobTail, next >= 0 ? pb.setup(m, v, next) + g.duration[next] + g.tail[next] : 0);
		return head + p + tail;
	}

	private long end(int op) {
		return g.head[op] + g.duration[op];
	}

	/** Earliest start of op from its release and job/DAG predecessors only. */
	private long jobHead(int op) {
		long head = pb.release[op];
		for (int k = pb.predStart[op]; k < pb.predStart[op + 1]; k++) {
			head = Math.max(head, end(pb.predOp[k]) + pb.predLag[k]);
		}
		return head;
	}

	/** Longest path after op's end through its job/DAG successors only. */
	private long jobTail(int op) {
		long tail = 0;
		for (int k = pb.succStart[op]; k < pb.succStart[op + 1]; k++) {
			int s = pb.succOp[k];
			tail = Math.max(tail, pb.succLag[k] + g.duration[s] + g.tail[s]);
		}
		return tail;
	}

	private void add(int moveType, int first, int second, int prev, long value) {
		if (count == type.length) {
			int size = 2 * count;
			type = java.util.Arrays.copyOf(type, size);
			a = java.util.Arrays.copyOf(a, size);
			b = java.util.Arrays.copyOf(b, size);
			previous = java.util.Arrays.copyOf(previous, size);
			estimate = java.util.Arrays.copyOf(estimate, size);
		}
		type[count] = moveType;
		a[count] = first;
		b[count] = second;
		previous[count] = prev;
		estimate[count] = value;
		count++;
	}
}
