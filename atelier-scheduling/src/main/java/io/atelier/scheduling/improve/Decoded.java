package io.atelier.scheduling.improve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.model.WorkerId;
import io.atelier.scheduling.objective.ObjectiveValues;
import io.atelier.scheduling.objective.Objectives;

/**
 * The times, setups and workers the decoder gave each operation, and what held each one back: the critical path of a
 * decoded schedule is read backwards through {@link #cause} and {@link #causeOp}.
 */
final class Decoded {

	private static final Objectives OBJECTIVES = new Objectives();

	/** Started at its release, material or frozen-horizon end (or at its pin): a critical path begins there. */
	static final byte RELEASE = 0;

	/** Started when the operation {@link #causeOp} before it on its machine (and the setup) allowed. */
	static final byte MACHINE = 1;

	/** Started when its predecessor {@link #causeOp} plus the lag allowed. */
	static final byte JOB = 2;

	/** Waited for qualified workers. */
	static final byte WORKER = 3;

	final long[] start;

	final long[] end;

	final long[] setup;

	final int[][] workers;

	final byte[] cause;

	final int[] causeOp;

	/** The operations in the order they were placed, and the position of each in it. */
	final int[] order;

	final int[] orderPosition;

	/** Per job, its operation that ends last, as of the last {@link #measure}. */
	final int[] lastOp;

	ObjectiveValues values;

	private final long[] completion;

	Decoded(Instance instance) {
		int n = instance.operations;
		start = new long[n];
		end = new long[n];
		setup = new long[n];
		workers = new int[n][];
		for (int i = 0; i < n; i++) {
			workers[i] = new int[instance.crew[i]];
		}
		cause = new byte[n];
		causeOp = new int[n];
		order = new int[n];
		orderPosition = new int[n];
		lastOp = new int[instance.problem.jobs().size()];
		completion = new long[lastOp.length];
	}

	void copyFrom(Decoded other) {
		System.arraycopy(other.start, 0, start, 0, start.length);
		System.arraycopy(other.end, 0, end, 0, end.length);
		System.arraycopy(other.setup, 0, setup, 0, setup.length);
		for (int i = 0; i < workers.length; i++) {
			System.arraycopy(other.workers[i], 0, workers[i], 0, workers[i].length);
		}
		System.arraycopy(other.cause, 0, cause, 0, cause.length);
		System.arraycopy(other.causeOp, 0, causeOp, 0, causeOp.length);
		System.arraycopy(other.order, 0, order, 0, order.length);
		System.arraycopy(other.orderPosition, 0, orderPosition, 0, orderPosition.length);
		System.arraycopy(other.lastOp, 0, lastOp, 0, lastOp.length);
		values = other.values;
	}

	/** Takes over the placement of one operation from another decoding. */
	void copyOperation(Decoded other, int op) {
		start[op] = other.start[op];
		end[op] = other.end[op];
		setup[op] = other.setup[op];
		System.arraycopy(other.workers[op], 0, workers[op], 0, workers[op].length);
		cause[op] = other.cause[op];
		causeOp[op] = other.causeOp[op];
	}

	/** Measures the objectives as {@code Objectives} does, with no violations: the decoder builds feasible schedules. */
	ObjectiveValues measure(Instance instance) {
		Arrays.fill(lastOp, -1);
		Arrays.fill(completion, Long.MIN_VALUE);
		long makespan = 0;
		long setups = 0;
		for (int i = 0; i < start.length; i++) {
			int j = instance.job[i];
			if (end[i] > completion[j]) {
				completion[j] = end[i];
				lastOp[j] = i;
			}
			makespan = Math.max(makespan, end[i]);
			setups += setup[i];
		}
		values = OBJECTIVES.fromCompletions(instance.problem, completion, makespan, setups, 0);
		return values;
	}

	Schedule toSchedule(Sequences sequences) {
		List<ScheduledOperation> placed = new ArrayList<>(start.length);
		for (int i = 0; i < start.length; i++) {
			List<WorkerId> crew = new ArrayList<>(workers[i].length);
			for (int w : workers[i]) {
				crew.add(new WorkerId(w));
			}
			placed.add(new ScheduledOperation(new OperationId(i), new MachineId(sequences.machineOf(i)), start[i],
					end[i], crew, setup[i]));
		}
		return new Schedule(placed);
	}
}
