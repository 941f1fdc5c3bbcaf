package io.atelier.scheduling.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable, array-based (flexible) job-shop problem for the search: operations indexed 0..n−1, each belonging to a
 * job, with a precedence DAG (arcs carry a minimum lag), eligible machines with their own processing times, a release
 * time, and a family id for sequence-dependent setups. Setup times apply between consecutive operations on a machine
 * only (no initial setup). Arrays are in compressed-row form so that the hot loop of the search does not allocate.
 */
public final class ShopProblem {

	final int operationCount;
	final int machineCount;
	final int[] jobOf;
	final int[] positionInJob;
	final long[] release;
	final int[] family;
	final int[] predStart, predOp, predLag;
	final int[] succStart, succOp, succLag;
	final int[] eligStart, eligMachine, eligDuration;
	final int[][][] setup;
	final long[] dueDate;
	final long[] weight;
	final Objective objective;

	private ShopProblem(Builder b) {
		operationCount = b.jobOfOp.size();
		machineCount = b.machineCount;
		jobOf = toArray(b.jobOfOp);
		positionInJob = toArray(b.positionOfOp);
		release = b.release.stream().mapToLong(Long::longValue).toArray();
		family = toArray(b.familyOfOp);
		dueDate = b.dueDates.stream().mapToLong(Long::longValue).toArray();
		weight = b.weights.stream().mapToLong(Long::longValue).toArray();
		setup = b.setup.clone();
		objective = b.objective;
		int[][] arcs = b.arcs.toArray(new int[0][]);
		predStart = new int[operationCount + 1];
		predOp = new int[arcs.length];
		predLag = new int[arcs.length];
		fillCsr(arcs, 1, 0, predStart, predOp, predLag);
		succStart = new int[operationCount + 1];
		succOp = new int[arcs.length];
		succLag = new int[arcs.length];
		fillCsr(arcs, 0, 1, succStart, succOp, succLag);
		eligStart = new int[operationCount + 1];
		for (int i = 0; i < operationCount; i++) {
			eligStart[i + 1] = eligStart[i] + b.eligible.get(i)[0].length;
		}
		eligMachine = new int[eligStart[operationCount]];
		eligDuration = new int[eligStart[operationCount]];
		for (int i = 0; i < operationCount; i++) {
			int[][] md = b.eligible.get(i);
			System.arraycopy(md[0], 0, eligMachine, eligStart[i], md[0].length);
			System.arraycopy(md[1], 0, eligDuration, eligStart[i], md[1].length);
		}
	}

	/** Groups arcs {from, to, lag} by the endpoint at index {@code key}, listing the other endpoint. */
	private void fillCsr(int[][] arcs, int key, int other, int[] start, int[] op, int[] lag) {
		for (int[] arc : arcs) {
			start[arc[key] + 1]++;
		}
		for (int i = 0; i < operationCount; i++) {
			start[i + 1] += start[i];
		}
		int[] fill = Arrays.copyOf(start, operationCount);
		for (int[] arc : arcs) {
			int slot = fill[arc[key]]++;
			op[slot] = arc[other];
			lag[slot] = arc[2];
		}
	}

	private static int[] toArray(List<Integer> list) {
		return list.stream().mapToInt(Integer::intValue).toArray();
	}

	public static Builder builder(int machineCount) {
		return new Builder(machineCount);
	}

	public int operationCount() {
		return operationCount;
	}

	public int machineCount() {
		return machineCount;
	}

	public int jobCount() {
		return dueDate.length;
	}

	public Objective objective() {
		return objective;
	}

	public int jobOf(int op) {
		return jobOf[op];
	}

	/** The index of the operation among its job's operations, in the order they were added. */
	public int positionInJob(int op) {
		return positionInJob[op];
	}

	public long release(int op) {
		return release[op];
	}

	public long dueDate(int job) {
		return dueDate[job];
	}

	public long weight(int job) {
		return weight[job];
	}

	/** Direct predecessors of {@code op}. */
	public int[] predecessors(int op) {
		return Arrays.copyOfRange(predOp, predStart[op], predStart[op + 1]);
	}

	/** Minimum lags after each of {@link #predecessors(int)}, in the same order. */
	public int[] predecessorLags(int op) {
		return Arrays.copyOfRange(predLag, predStart[op], predStart[op + 1]);
	}

	public int[] eligibleMachines(int op) {
		return Arrays.copyOfRange(eligMachine, eligStart[op], eligStart[op + 1]);
	}

	/** Processing time of {@code op} on {@code machine}, or −1 if the machine is not eligible. */
	public int duration(int op, int machine) {
		for (int k = eligStart[op]; k < eligStart[op + 1]; k++) {
			if (eligMachine[k] == machine) {
				return eligDuration[k];
			}
		}
		return -1;
	}

	/** Setup time on {@code machine} when {@code next} directly follows {@code previous}. */
	public int setup(int machine, int previous, int next) {
		int[][] matrix = setup[machine];
		return matrix == null ? 0 : matrix[family[previous]][family[next]];
	}

	/** Collects jobs, operations and arcs; {@link #build()} validates them. */
	public static final class Builder {

		private final int machineCount;
		private final List<Integer> jobOfOp = new ArrayList<>();
		private final List<Integer> positionOfOp = new ArrayList<>();
		private final List<Long> release = new ArrayList<>();
		private final List<Integer> familyOfOp = new ArrayList<>();
		private final List<int[][]> eligible = new ArrayList<>();
		private final List<int[]> arcs = new ArrayList<>();
		private final List<Long> dueDates = new ArrayList<>();
		private final List<Long> weights = new ArrayList<>();
		private final List<Integer> lastOpOfJob = new ArrayList<>();
		private final List<Integer> jobSize = new ArrayList<>();
		private final int[][][] setup;
		private Objective objective = Objective.MAKESPAN;

		private Builder(int machineCount) {
			if (machineCount <= 0) {
				throw new IllegalArgumentException("machineCount must be positive");
			}
			this.machineCount = machineCount;
			this.setup = new int[machineCount][][];
		}

		public Builder objective(Objective value) {
			objective = value;
			return this;
		}

		/** Adds a job and returns its index. */
		public int job(long dueDate, long weight) {
			if (weight < 0) {
				throw new IllegalArgumentException("weight must not be negative");
			}
			dueDates.add(dueDate);
			weights.add(weight);
			lastOpOfJob.add(-1);
			jobSize.add(0);
			return dueDates.size() - 1;
		}

		/** Adds an operation with no predecessor, release 0 and family 0; returns its index. */
		public int operation(int job, int[] machines, int[] durations) {
			checkJob(job);
			checkEligible(machines, durations);
			int op = jobOfOp.size();
			positionOfOp.add(jobSize.get(job));
			jobSize.set(job, jobSize.get(job) + 1);
			jobOfOp.add(job);
			release.add(0L);
			familyOfOp.add(0);
			eligible.add(new int[][] { machines.clone(), durations.clone() });
			lastOpOfJob.set(job, op);
			return op;
		}

		/** Adds an operation after the job's previously added operation (if any), lag 0: the common chain case. */
		public int chained(int job, int[] machines, int[] durations) {
			checkJob(job);
			int previous = lastOpOfJob.get(job);
			int op = operation(job, machines, durations);
			if (previous >= 0) {
				precedence(previous, op, 0);
			}
			return op;
		}

		/** {@code after} may start no earlier than {@code lag} after {@code before} ends. */
		public Builder precedence(int before, int after, int lag) {
			checkOp(before);
			checkOp(after);
			if (before == after || lag < 0) {
				throw new IllegalArgumentException("precedence needs two operations and a lag ≥ 0");
			}
			arcs.add(new int[] { before, after, lag });
			return this;
		}

		public Builder release(int op, long time) {
			checkOp(op);
			if (time < 0) {
				throw new IllegalArgumentException("release must not be negative");
			}
			release.set(op, time);
			return this;
		}

		public Builder family(int op, int familyId) {
			checkOp(op);
			familyOfOp.set(op, familyId);
			return this;
		}

		/** Setup times on {@code machine}: {@code matrix[familyOfPrevious][familyOfNext]}, all ≥ 0. */
		public Builder setupMatrix(int machine, int[][] matrix) {
			if (machine < 0 || machine >= machineCount) {
				throw new IllegalArgumentException("no machine " + machine);
			}
			for (int[] row : matrix) {
				if (row.length != matrix.length || Arrays.stream(row).anyMatch(t -> t < 0)) {
					throw new IllegalArgumentException("setup matrix must be square with values ≥ 0");
				}
			}
			setup[machine] = Arrays.stream(matrix).map(int[]::clone).toArray(int[][]::new);
			return this;
		}

		public ShopProblem build() {
			for (int op = 0; op < jobOfOp.size(); op++) {
				int f = familyOfOp.get(op);
				for (int m : eligible.get(op)[0]) {
					if (setup[m] != null && (f < 0 || f >= setup[m].length)) {
						throw new IllegalArgumentException("family " + f + " of operation " + op
								+ " is outside the setup matrix of machine " + m);
					}
				}
			}
			ShopProblem problem = new ShopProblem(this);
			if (DisjunctiveGraph.topologicalOrderOfPrecedences(problem) == null) {
				throw new IllegalArgumentException("the precedences contain a cycle");
			}
			return problem;
		}

		private void checkJob(int job) {
			if (job < 0 || job >= dueDates.size()) {
				throw new IllegalArgumentException("no job " + job);
			}
		}

		private void checkOp(int op) {
			if (op < 0 || op >= jobOfOp.size()) {
				throw new IllegalArgumentException("no operation " + op);
			}
		}

		private void checkEligible(int[] machines, int[] durations) {
			if (machines.length == 0 || machines.length != durations.length) {
				throw new IllegalArgumentException("an operation needs ≥ 1 machine and one duration per machine");
			}
			for (int k = 0; k < machines.length; k++) {
				if (machines[k] < 0 || machines[k] >= machineCount || durations[k] < 0) {
					throw new IllegalArgumentException("bad machine " + machines[k] + " or duration " + durations[k]);
				}
				for (int l = 0; l < k; l++) {
					if (machines[l] == machines[k]) {
						throw new IllegalArgumentException("machine " + machines[k] + " listed twice");
					}
				}
			}
		}
	}
}
