package io.atelier.scheduling.improve;

import java.util.SplittableRandom;

import io.atelier.scheduling.objective.Emphasis;

/**
 * Proposes one move of the decoded schedule's critical path: the chain of operations that held each other back,
 * traced from the last operation of a late job (on-time emphasis) or from the operation that ends last (throughput, and
 * on-time when no job is late). Every move takes one operation out of its machine sequence and puts it back elsewhere:
 * <ul>
 * <li>swap: an operation of the path goes before the machine predecessor that held it back;</li>
 * <li>earlier: an operation of the path goes one to three places earlier on its machine;</li>
 * <li>reassign: an operation of the path goes to another eligible machine, where its current start would put it.</li>
 * </ul>
 * Nothing goes before or among the pinned work at the head of a machine.
 */
final class Neighbourhood {

	private static final int SWAP = 0;

	private static final int EARLIER = 1;

	private static final int REASSIGN = 2;

	private final Instance instance;

	private final Emphasis emphasis;

	private final SplittableRandom random;

	private final int[] path;

	private final int[] late;

	/** The proposed move: put {@code op} at {@code position} on {@code machine}. */
	int op;

	int machine;

	int position;

	Neighbourhood(Instance instance, Emphasis emphasis, SplittableRandom random) {
		this.instance = instance;
		this.emphasis = emphasis;
		this.random = random;
		path = new int[instance.operations];
		late = new int[instance.problem.jobs().size()];
	}

	/** Chooses a move; false when no operation can move at all. */
	boolean propose(Sequences sequences, Decoded decoded) {
		int length = tracePath(decoded);
		for (int attempt = 0; attempt < 20; attempt++) {
			int candidate = path[random.nextInt(length)];
			if (movable(sequences, candidate) && propose(sequences, decoded, candidate, random.nextInt(3))) {
				return true;
			}
		}
		for (int attempt = 0; attempt < 100; attempt++) {
			int candidate = random.nextInt(instance.operations);
			if (movable(sequences, candidate) && propose(sequences, decoded, candidate, 1 + random.nextInt(2))) {
				return true;
			}
		}
		return false;
	}

	private boolean propose(Sequences sequences, Decoded decoded, int candidate, int kind) {
		int m = sequences.machineOf(candidate);
		int k = sequences.position(candidate);
		op = candidate;
		machine = m;
		if (kind == SWAP && decoded.cause[candidate] == Decoded.MACHINE && k - 1 >= sequences.locked[m]) {
			position = k - 1;
			return true;
		}
		if (kind == REASSIGN && instance.eligible[candidate].length > 1) {
			int[] machines = instance.eligible[candidate];
			int other = machines[random.nextInt(machines.length)];
			if (other != m) {
				machine = other;
				position = positionByStart(sequences, decoded, other, decoded.start[candidate]);
				return true;
			}
		}
		int earlier = Math.max(sequences.locked[m], k - 1 - random.nextInt(3));
		if (kind != REASSIGN && earlier < k) {
			position = earlier;
			return true;
		}
		return false;
	}

	private static boolean movable(Sequences sequences, int op) {
		return sequences.position(op) >= sequences.locked[sequences.machineOf(op)];
	}

	/** The first position after the pinned work of machine {@code m} whose operation starts after {@code start}. */
	private static int positionByStart(Sequences sequences, Decoded decoded, int m, long start) {
		int low = sequences.locked[m];
		int high = sequences.size(m);
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (decoded.start[sequences.at(m, mid)] <= start) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	/** Fills {@link #path} backwards from the chosen end and returns its length. */
	private int tracePath(Decoded decoded) {
		int current = pathEnd(decoded);
		int length = 0;
		while (length < path.length) {
			path[length++] = current;
			byte cause = decoded.cause[current];
			if (cause != Decoded.MACHINE && cause != Decoded.JOB) {
				break;
			}
			current = decoded.causeOp[current];
		}
		return length;
	}

	private int pathEnd(Decoded decoded) {
		if (emphasis == Emphasis.ON_TIME) {
			int count = 0;
			for (int j = 0; j < late.length; j++) {
				int last = decoded.lastOp[j];
				if (last >= 0 && decoded.end[last] > instance.problem.jobs().get(j).due()) {
					late[count++] = last;
				}
			}
			if (count > 0) {
				return late[random.nextInt(count)];
			}
		}
		int last = 0;
		for (int i = 1; i < instance.operations; i++) {
			if (decoded.end[i] > decoded.end[last]) {
				last = i;
			}
		}
		return last;
	}
}
