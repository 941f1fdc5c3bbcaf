package io.atelier.bench.timefold;

import java.util.Arrays;

import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.search.Objective;

/**
 * The problem as arrays, for the score calculator and the move factory of the critical-path model: what they read for
 * every move must not go through the domain objects. Immutable, shared by the solution and its clones.
 */
public final class ShopData {

	final int operations;

	final int machines;

	final int[] jobOf;

	final long[] release;

	/** Processing time per operation and machine, −1 where the machine is not eligible. */
	final int[][] duration;

	/** The eligible machines of each operation. */
	final int[][] eligible;

	final int[] predStart, predOp;

	final long[] predLag;

	final int[] succStart, succOp;

	final long[] due, weight;

	final Objective objective;

	public ShopData(Problem problem, Objective objective) {
		this.objective = objective;
		operations = problem.operations().size();
		machines = problem.machines().size();
		jobOf = new int[operations];
		release = new long[operations];
		duration = new int[operations][machines];
		eligible = new int[operations][];
		predStart = new int[operations + 1];
		succStart = new int[operations + 1];
		for (Operation operation : problem.operations()) {
			int o = operation.id().index();
			jobOf[o] = operation.job().index();
			release[o] = Math.max(operation.earliestStart(), problem.job(operation.job()).release());
			Arrays.fill(duration[o], -1);
			eligible[o] = operation.machines().stream().mapToInt(e -> e.machine().index()).toArray();
			for (Eligibility e : operation.machines()) {
				duration[o][e.machine().index()] = Math.toIntExact(e.processingMinutes());
			}
			predStart[o + 1] = operation.predecessors().size();
			for (Precedence p : operation.predecessors()) {
				succStart[p.predecessor().index() + 1]++;
			}
		}
		for (int o = 0; o < operations; o++) {
			predStart[o + 1] += predStart[o];
			succStart[o + 1] += succStart[o];
		}
		predOp = new int[predStart[operations]];
		predLag = new long[predStart[operations]];
		succOp = new int[succStart[operations]];
		int[] fill = Arrays.copyOf(succStart, operations);
		for (Operation operation : problem.operations()) {
			int o = operation.id().index();
			int k = predStart[o];
			for (Precedence p : operation.predecessors()) {
				predOp[k] = p.predecessor().index();
				predLag[k++] = p.minimumLag();
				succOp[fill[p.predecessor().index()]++] = o;
			}
		}
		due = problem.jobs().stream().mapToLong(j -> j.due()).toArray();
		weight = problem.jobs().stream().mapToLong(j -> j.weight()).toArray();
	}

	public int operations() {
		return operations;
	}

	public int machines() {
		return machines;
	}

	public int[] eligibleMachines(int operation) {
		return eligible[operation].clone();
	}
}
