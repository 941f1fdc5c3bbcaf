package io.atelier.scheduling.search;

/**
 * A solution in the search's terms: the machine of each operation and the operation sequence of each machine. Times
 * follow by {@link #decode(ShopProblem)}: the semi-active schedule, every operation as early as its predecessors (with
 * lags), its machine predecessor (with setup) and its release allow.
 */
public final class ShopSolution {

	private final int[] machineOf;
	private final int[][] sequences;

	public ShopSolution(int[] machineOf, int[][] sequences) {
		this.machineOf = machineOf.clone();
		this.sequences = new int[sequences.length][];
		for (int m = 0; m < sequences.length; m++) {
			this.sequences[m] = sequences[m].clone();
		}
	}

	public int machineOf(int op) {
		return machineOf[op];
	}

	public int[] sequence(int machine) {
		return sequences[machine].clone();
	}

	public int machineCount() {
		return sequences.length;
	}

	/**
	 * The semi-active schedule by longest path over the disjunctive graph.
	 *
	 * @throws IllegalStateException if the sequences and precedences form a cycle, or the solution does not fit the
	 *         problem (a machine not eligible, an operation missing or sequenced twice)
	 */
	public Schedule decode(ShopProblem problem) {
		checkShape(problem);
		DisjunctiveGraph graph = new DisjunctiveGraph(problem);
		try {
			graph.load(this);
		} catch (IllegalArgumentException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		if (!graph.computeHeads()) {
			throw new IllegalStateException("the machine sequences and precedences form a cycle");
		}
		long[] end = new long[graph.n];
		for (int op = 0; op < graph.n; op++) {
			end[op] = graph.head[op] + graph.duration[op];
		}
		return new Schedule(graph.head.clone(), end);
	}

	private void checkShape(ShopProblem problem) {
		if (machineOf.length != problem.operationCount || sequences.length != problem.machineCount) {
			throw new IllegalStateException("the solution does not match the problem's size");
		}
		boolean[] seen = new boolean[problem.operationCount];
		for (int m = 0; m < sequences.length; m++) {
			for (int op : sequences[m]) {
				if (op < 0 || op >= seen.length || seen[op] || machineOf[op] != m) {
					throw new IllegalStateException("operation " + op + " is sequenced twice or on a machine not its own");
				}
				seen[op] = true;
			}
		}
		for (int op = 0; op < seen.length; op++) {
			if (!seen[op]) {
				throw new IllegalStateException("operation " + op + " is in no machine sequence");
			}
		}
	}
}
