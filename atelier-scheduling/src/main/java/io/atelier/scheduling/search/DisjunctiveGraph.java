package io.atelier.scheduling.search;

import java.util.Arrays;

/**
 * The mutable search state: a machine assignment and, per machine, a doubly linked operation sequence, together with
 * heads (earliest starts) and tails (longest path from an operation's end to the end of the schedule) computed by
 * longest path over the disjunctive graph. Heads are the semi-active schedule. Everything is in int/long arrays so the
 * search's hot loop does not allocate.
 */
final class DisjunctiveGraph {

	final ShopProblem pb;
	final int n;
	/** Index into the problem's eligible arrays of each operation's chosen machine. */
	final int[] assign;
	final int[] machine;
	final int[] duration;
	/** Machine predecessor / successor, −1 if none; first operation of each machine. */
	final int[] mp, ms, first;
	final long[] head, tail;
	private final int[] order;
	private final int[] indegree;
	private final long[] completion;

	DisjunctiveGraph(ShopProblem problem) {
		pb = problem;
		n = problem.operationCount;
		assign = new int[n];
		machine = new int[n];
		duration = new int[n];
		mp = new int[n];
		ms = new int[n];
		first = new int[problem.machineCount];
		head = new long[n];
		tail = new long[n];
		order = new int[n];
		indegree = new int[n];
		completion = new long[problem.jobCount()];
	}

	/** Loads a solution: machine of each operation and sequence per machine. */
	void load(ShopSolution solution) {
		Arrays.fill(first, -1);
		for (int m = 0; m < pb.machineCount; m++) {
			int previous = -1;
			for (int op : solution.sequence(m)) {
				setMachine(op, m);
				mp[op] = previous;
				ms[op] = -1;
				if (previous < 0) {
					first[m] = op;
				} else {
					ms[previous] = op;
				}
				previous = op;
			}
		}
	}

	void copyFrom(DisjunctiveGraph other) {
		System.arraycopy(other.assign, 0, assign, 0, n);
		System.arraycopy(other.machine, 0, machine, 0, n);
		System.arraycopy(other.duration, 0, duration, 0, n);
		System.arraycopy(other.mp, 0, mp, 0, n);
		System.arraycopy(other.ms, 0, ms, 0, n);
		System.arraycopy(other.first, 0, first, 0, first.length);
	}

	ShopSolution toSolution() {
		int[][] sequences = new int[pb.machineCount][];
		int[] count = new int[pb.machineCount];
		for (int op = 0; op < n; op++) {
			count[machine[op]]++;
		}
		for (int m = 0; m < pb.machineCount; m++) {
			sequences[m] = new int[count[m]];
			int i = 0;
			for (int op = first[m]; op >= 0; op = ms[op]) {
				sequences[m][i++] = op;
			}
		}
		return new ShopSolution(machine.clone(), sequences);
	}

	void setMachine(int op, int m) {
		for (int k = pb.eligStart[op]; k < pb.eligStart[op + 1]; k++) {
			if (pb.eligMachine[k] == m) {
				assign[op] = k;
				machine[op] = m;
				duration[op] = pb.eligDuration[k];
				return;
			}
		}
		throw new IllegalArgumentException("machine " + m + " is not eligible for operation " + op);
	}

	int setupBetween(int previous, int next) {
		int[][] matrix = pb.setup[machine[next]];
		return matrix == null ? 0 : matrix[pb.family[previous]][pb.family[next]];
	}

	/**
	 * Computes heads by Kahn's algorithm over job arcs (with lags) and machine arcs (with setups), starting from the
	 * release times. Returns false if the graph has a cycle (then heads are meaningless).
	 */
	boolean computeHeads() {
		int queued = 0;
		for (int op = 0; op < n; op++) {
			indegree[op] = pb.predStart[op + 1] - pb.predStart[op] + (mp[op] >= 0 ? 1 : 0);
			head[op] = pb.release[op];
			if (indegree[op] == 0) {
				order[queued++] = op;
			}
		}
		for (int done = 0; done < queued; done++) {
			int op = order[done];
			long end = head[op] + duration[op];
			for (int a = pb.succStart[op]; a < pb.succStart[op + 1]; a++) {
				queued = relax(pb.succOp[a], end + pb.succLag[a], queued);
			}
			if (ms[op] >= 0) {
				queued = relax(ms[op], end + setupBetween(op, ms[op]), queued);
			}
		}
		return queued == n;
	}

	private int relax(int next, long start, int queued) {
		if (start > head[next]) {
			head[next] = start;
		}
		if (--indegree[next] == 0) {
			order[queued++] = next;
		}
		return queued;
	}

	/** Tails in reverse topological order; call only after a successful {@link #computeHeads()}. */
	void computeTails() {
		for (int i = n - 1; i >= 0; i--) {
			int op = order[i];
			long t = 0;
			for (int a = pb.succStart[op]; a < pb.succStart[op + 1]; a++) {
				int s = pb.succOp[a];
				t = Math.max(t, pb.succLag[a] + duration[s] + tail[s]);
			}
			if (ms[op] >= 0) {
				t = Math.max(t, setupBetween(op, ms[op]) + duration[ms[op]] + tail[ms[op]]);
			}
			tail[op] = t;
		}
	}

	long makespan() {
		long makespan = 0;
		for (int op = 0; op < n; op++) {
			makespan = Math.max(makespan, head[op] + duration[op]);
		}
		return makespan;
	}

	Score score() {
		long makespan = makespan();
		return new Score(pb.objective == Objective.MAKESPAN ? makespan : weightedTardiness(), makespan);
	}

	/** Total weighted tardiness of the heads; reuses one array since the tardiness search calls it for every move. */
	long weightedTardiness() {
		Arrays.fill(completion, 0);
		for (int op = 0; op < n; op++) {
			completion[pb.jobOf[op]] = Math.max(completion[pb.jobOf[op]], head[op] + duration[op]);
		}
		long sum = 0;
		for (int j = 0; j < completion.length; j++) {
			sum += pb.weight[j] * Math.max(0, completion[j] - pb.dueDate[j]);
		}
		return sum;
	}

	/** Swaps machine-adjacent operations u and v (u directly before v). Its own inverse is {@code swap(v, u)}. */
	void swap(int u, int v) {
		int before = mp[u], after = ms[v];
		mp[v] = before;
		if (before >= 0) {
			ms[before] = v;
		} else {
			first[machine[v]] = v;
		}
		ms[v] = u;
		mp[u] = v;
		ms[u] = after;
		if (after >= 0) {
			mp[after] = u;
		}
	}

	/** Takes {@code op} off its machine, linking its neighbours. */
	void remove(int op) {
		int before = mp[op], after = ms[op];
		if (before >= 0) {
			ms[before] = after;
		} else {
			first[machine[op]] = after;
		}
		if (after >= 0) {
			mp[after] = before;
		}
		mp[op] = -1;
		ms[op] = -1;
	}

	/** Puts a removed {@code op} on machine {@code m} right after {@code previous} (−1: first). */
	void insert(int op, int m, int previous) {
		setMachine(op, m);
		int after = previous >= 0 ? ms[previous] : first[m];
		mp[op] = previous;
		ms[op] = after;
		if (previous >= 0) {
			ms[previous] = op;
		} else {
			first[m] = op;
		}
		if (after >= 0) {
			mp[after] = op;
		}
	}

	/** A topological order of the precedence arcs alone, or null if they contain a cycle. */
	static int[] topologicalOrderOfPrecedences(ShopProblem pb) {
		int n = pb.operationCount;
		int[] indegree = new int[n];
		int[] order = new int[n];
		int queued = 0;
		for (int op = 0; op < n; op++) {
			indegree[op] = pb.predStart[op + 1] - pb.predStart[op];
			if (indegree[op] == 0) {
				order[queued++] = op;
			}
		}
		for (int done = 0; done < queued; done++) {
			int op = order[done];
			for (int a = pb.succStart[op]; a < pb.succStart[op + 1]; a++) {
				if (--indegree[pb.succOp[a]] == 0) {
					order[queued++] = pb.succOp[a];
				}
			}
		}
		return queued == n ? order : null;
	}
}
