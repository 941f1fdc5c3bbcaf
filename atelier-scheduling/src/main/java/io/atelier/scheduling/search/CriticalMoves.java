package io.atelier.scheduling.search;

import java.util.Arrays;

/**
 * The neighbourhood of the current solution, rebuilt each iteration from its heads and tails. Critical paths are traced
 * back from their last operation through tight arcs (machine arcs preferred, so blocks stay long). On each block of
 * ≥ 2 operations, N7 of Zhang et al. (2007): swap the two first and the two last operations (N5 of Nowicki &
 * Smutnicki), move an inner or last operation before the block, an inner or first operation after it, the first
 * operation just after an inner one and the last just before an inner one. The first and last blocks are not skipped
 * as in N5, because release times and lags void that argument. Every flexible operation of a block of ≥ 2 may also
 * move to another eligible machine, at the position with the best estimate among those that cannot create a cycle; one
 * alone in its block only to a machine where it is faster (see {@link #addReassignments}).
 * <p>
 * Every move is "put operation {@code op} on {@code machine} right after {@code previous}" (−1: first) and carries what
 * the tabu list needs — within a machine the segment {@code tabuX … tabuY} it reorders, for a reassignment
 * (op, −1 − machine) — and the head/tail estimate of the longest path through the operations it reorders (Balas &
 * Vazacopoulos 1998; Mastrolilli & Gambardella 2000 for reassignments).
 */
final class CriticalMoves {

	private final DisjunctiveGraph g;
	private final ShopProblem pb;
	private final int[] path, segment;
	private final long[] segmentHead, segmentTail;
	private int pathLength;
	int count;
	int[] op = new int[64], machine = new int[64], previous = new int[64], tabuX = new int[64], tabuY = new int[64];
	long[] estimate = new long[64];

	CriticalMoves(DisjunctiveGraph graph) {
		g = graph;
		pb = graph.pb;
		path = new int[graph.n];
		segment = new int[graph.n];
		segmentHead = new long[graph.n];
		segmentTail = new long[graph.n];
	}

	/**
	 * Collects moves on the critical path for makespan; for tardiness on the paths to the last operation of every late
	 * job, or on the critical path when no job is late.
	 */
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
		if (count == 0) {
			// no late job: what is left to improve is the makespan tie-break
			collectOnPathTo(lastOperation(-1));
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
				addBlockMoves(blockStart, i);
				for (int j = blockStart; j <= i; j++) {
					if (pb.eligStart[path[j] + 1] - pb.eligStart[path[j]] > 1) {
						addReassignments(path[j], i > blockStart);
					}
				}
				blockStart = i + 1;
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

	/** The N7 moves of the block path[from..to]. */
	private void addBlockMoves(int from, int to) {
		if (to - from < 1) {
			return;
		}
		int first = path[from], last = path[to];
		for (int i = from + 1; i <= to; i++) {
			addBackward(first, path[i]);
		}
		for (int i = to - 1 >= from + 1 ? from : from + 1; i < to; i++) {
			addForward(path[i], last);
		}
		for (int i = from + 2; i < to; i++) {
			addForward(first, path[i]);
		}
		for (int i = from + 1; i < to - 1; i++) {
			addBackward(path[i], last);
		}
	}

	/** u, …, v consecutive on a machine: u moves right after v. */
	private void addForward(int u, int v) {
		int length = 0;
		for (int x = g.ms[u];; x = g.ms[x]) {
			segment[length++] = x;
			if (x == v) {
				break;
			}
		}
		segment[length++] = u;
		add(u, g.machine[u], v, u, v, segmentEstimate(length, g.mp[u], g.ms[v]));
	}

	/** u, …, v consecutive on a machine: v moves right before u. */
	private void addBackward(int u, int v) {
		int length = 0;
		segment[length++] = v;
		for (int x = u; x != v; x = g.ms[x]) {
			segment[length++] = x;
		}
		add(v, g.machine[v], g.mp[u], u, v, segmentEstimate(length, g.mp[u], g.ms[v]));
	}

	/** Longest path through the reordered segment, from heads before it and tails after it. */
	private long segmentEstimate(int length, int before, int after) {
		for (int i = 0; i < length; i++) {
			int x = segment[i];
			int p = i > 0 ? segment[i - 1] : before;
			long fromMachine = p < 0 ? 0 : (i > 0 ? segmentHead[i - 1] : g.head[p]) + g.duration[p] + g.setupBetween(p, x);
			segmentHead[i] = Math.max(jobHead(x), fromMachine);
		}
		long longest = 0;
		for (int i = length - 1; i >= 0; i--) {
			int x = segment[i];
			int s = i + 1 < length ? segment[i + 1] : after;
			long toMachine = s < 0 ? 0
					: g.setupBetween(x, s) + g.duration[s] + (i + 1 < length ? segmentTail[i + 1] : g.tail[s]);
			segmentTail[i] = Math.max(jobTail(x), toMachine);
			longest = Math.max(longest, segmentHead[i] + g.duration[x] + segmentTail[i]);
		}
		return longest;
	}

	/**
	 * For each other eligible machine, the cycle-safe insertion position with the best estimate. An operation alone in
	 * its block ({@code inBlock} false) is reached and left by the path through job arcs only; the heads of its job
	 * predecessors and the tails of its job successors do not depend on it, so on another machine that path keeps at
	 * least its length minus the change of duration: only machines where it is faster are tried. (Without this rule, on
	 * shops with many eligible machines of equal durations the neutral moves of such operations, which leave the
	 * critical path as it is, took nearly every iteration.)
	 */
	private void addReassignments(int v, boolean inBlock) {
		long headV = g.head[v], endV = g.head[v] + g.duration[v];
		long jobHead = jobHead(v), jobTail = jobTail(v);
		for (int k = pb.eligStart[v]; k < pb.eligStart[v + 1]; k++) {
			int m = pb.eligMachine[k];
			if (m == g.machine[v] || !inBlock && pb.eligDuration[k] >= g.duration[v]) {
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
				add(v, m, bestPrevious, v, -1 - m, bestEstimate);
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

	private void add(int moved, int toMachine, int after, int x, int y, long value) {
		if (count == op.length) {
			int size = 2 * count;
			op = Arrays.copyOf(op, size);
			machine = Arrays.copyOf(machine, size);
			previous = Arrays.copyOf(previous, size);
			tabuX = Arrays.copyOf(tabuX, size);
			tabuY = Arrays.copyOf(tabuY, size);
			estimate = Arrays.copyOf(estimate, size);
		}
		op[count] = moved;
		machine[count] = toMachine;
		previous[count] = after;
		tabuX[count] = x;
		tabuY[count] = y;
		estimate[count] = value;
		count++;
	}
}
