package io.atelier.scheduling.improve;

import java.util.Arrays;
import java.util.Comparator;

import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;

/**
 * What the local search changes: the machine of each operation and the order of operations on each machine. The first
 * {@link #locked} positions of a machine hold its pinned work and stay as they are.
 */
final class Sequences {

	private final int[][] sequence;

	private final int[] size;

	private final int[] machineOf;

	private final int[] position;

	/** Per machine, the positions up to and including its last pinned operation, which no move touches. */
	final int[] locked;

	private Sequences(int machines, int operations) {
		sequence = new int[machines][];
		size = new int[machines];
		machineOf = new int[operations];
		position = new int[operations];
		locked = new int[machines];
	}

	/** The machine sequences of a complete schedule, in order of start. */
	static Sequences of(Instance instance, Schedule schedule) {
		int machines = instance.problem.machines().size();
		Sequences s = new Sequences(machines, instance.operations);
		ScheduledOperation[][] byMachine = new ScheduledOperation[machines][];
		int[] count = new int[machines];
		for (ScheduledOperation placed : schedule.operations()) {
			count[placed.machine().index()]++;
		}
		int[] eligible = new int[machines];
		for (int[] machinesOfOperation : instance.eligible) {
			for (int m : machinesOfOperation) {
				eligible[m]++;
			}
		}
		for (int m = 0; m < machines; m++) {
			byMachine[m] = new ScheduledOperation[count[m]];
			s.sequence[m] = new int[Math.max(count[m], eligible[m])];
		}
		Arrays.fill(count, 0);
		for (ScheduledOperation placed : schedule.operations()) {
			int m = placed.machine().index();
			byMachine[m][count[m]++] = placed;
		}
		for (int m = 0; m < machines; m++) {
			Arrays.sort(byMachine[m], Comparator.comparingLong(ScheduledOperation::start)
				.thenComparingLong(ScheduledOperation::end)
				.thenComparingInt(p -> p.operation().index()));
			for (ScheduledOperation placed : byMachine[m]) {
				int op = placed.operation().index();
				s.insert(op, m, s.size[m]);
				if (instance.pinned[op]) {
					s.locked[m] = s.size[m];
				}
			}
		}
		return s;
	}

	Sequences copy() {
		Sequences c = new Sequences(sequence.length, machineOf.length);
		c.copyFrom(this);
		return c;
	}

	void copyFrom(Sequences other) {
		for (int m = 0; m < sequence.length; m++) {
			if (sequence[m] == null) {
				sequence[m] = new int[other.sequence[m].length];
			}
			System.arraycopy(other.sequence[m], 0, sequence[m], 0, other.size[m]);
		}
		System.arraycopy(other.size, 0, size, 0, size.length);
		System.arraycopy(other.machineOf, 0, machineOf, 0, machineOf.length);
		System.arraycopy(other.position, 0, position, 0, position.length);
		System.arraycopy(other.locked, 0, locked, 0, locked.length);
	}

	/** Whether any operation stands after the pinned work of its machine, where moves may take it. */
	boolean anyMovable() {
		for (int m = 0; m < sequence.length; m++) {
			if (size[m] > locked[m]) {
				return true;
			}
		}
		return false;
	}

	int machineOf(int op) {
		return machineOf[op];
	}

	int position(int op) {
		return position[op];
	}

	int size(int m) {
		return size[m];
	}

	int at(int m, int position) {
		return sequence[m][position];
	}

	/** The operation before {@code op} on its machine, or −1. */
	int previous(int op) {
		int k = position[op];
		return k == 0 ? -1 : sequence[machineOf[op]][k - 1];
	}

	/** The operation after {@code op} on its machine, or −1. */
	int next(int op) {
		int m = machineOf[op];
		int k = position[op] + 1;
		return k == size[m] ? -1 : sequence[m][k];
	}

	/** Takes {@code op} out of its machine's sequence. */
	void remove(int op) {
		int m = machineOf[op];
		int k = position[op];
		System.arraycopy(sequence[m], k + 1, sequence[m], k, size[m] - k - 1);
		size[m]--;
		renumber(m, k);
	}

	/** Puts {@code op} at {@code k} in the sequence of machine {@code m}, shifting the rest back. */
	void insert(int op, int m, int k) {
		System.arraycopy(sequence[m], k, sequence[m], k + 1, size[m] - k);
		sequence[m][k] = op;
		size[m]++;
		machineOf[op] = m;
		renumber(m, k);
	}

	private void renumber(int m, int from) {
		for (int k = from; k < size[m]; k++) {
			position[sequence[m][k]] = k;
		}
	}
}
