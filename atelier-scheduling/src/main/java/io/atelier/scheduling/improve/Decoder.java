package io.atelier.scheduling.improve;

import java.util.Arrays;

import io.atelier.scheduling.model.Calendar;

/**
 * Turns machine sequences into a semi-active schedule. Operations are placed in an order that respects both their
 * predecessors and their machine sequences, the earliest-keyed ready one first (the keys are the previous schedule's
 * starts, so the order stays close to time order and workers go to the work that needed them before). Each operation
 * starts at the first working minute of its machine at or after its release, material and frozen-horizon end, its
 * predecessors' ends plus lags, and the end of the operation before it on the machine plus the setup (resumable over
 * breaks), and later only if its qualified workers are busy or away; it then runs resumably over breaks, exactly as the
 * constructive scheduler places work. Pinned operations keep the placement of the start schedule.
 */
final class Decoder {

	private final Instance instance;

	private final Decoded pins;

	private final WorkerTimelines timelines;

	private final int[] waiting;

	/** Marks the operations kept from the previous decoding: those with the current stamp. */
	private final int[] done;

	private int stamp;

	private long tardinessLimit = Long.MAX_VALUE;

	private long makespanLimit = Long.MAX_VALUE;

	/** While decoding: the latest end of each job's placed operations, their weighted tardiness and the makespan. */
	private final long[] completion;

	private long tardiness;

	private long makespan;

	/** The processing minutes of each operation on the machine it last had, looked up again when that changes. */
	private final long[] minutes;

	private final int[] minutesMachine;

	private final ReadyQueue queue;

	Decoder(Instance instance, Decoded pins) {
		this.instance = instance;
		this.pins = pins;
		this.timelines = new WorkerTimelines(instance.workerCalendar);
		waiting = new int[instance.operations];
		done = new int[instance.operations];
		completion = new long[instance.due.length];
		minutes = new long[instance.operations];
		minutesMachine = new int[instance.operations];
		Arrays.fill(minutesMachine, -1);
		queue = new ReadyQueue(instance.operations);
	}

	/**
	 * Decodes the sequences into {@code out}, ready operations taken by lowest {@code keys}, then index. False if the
	 * sequences contradict the precedences (a cycle): then {@code out} is incomplete.
	 */
	boolean decode(Sequences sequences, long[] keys, Decoded out) {
		return decode(sequences, keys, null, 0, out);
	}

	/**
	 * Decodes the sequences after a move whose changed operations (the moved one and its old and new machine
	 * successors) all come at or after {@code from} in the order {@code previous} placed them: the operations before
	 * keep their placement, since nothing they depend on changed, and only the rest is placed again, by the keys of
	 * {@code previous}'s starts.
	 */
	boolean redecode(Sequences sequences, Decoded previous, int from, Decoded out) {
		return decode(sequences, previous.start, previous, from, out);
	}

	/**
	 * Like {@link #redecode}, but gives up (false) as soon as the weighted tardiness or the makespan of what is placed
	 * exceeds its limit: both only grow as operations are placed, so the schedule would be worse than the limits at the
	 * first level of the emphasis, and the search would reject it anyway.
	 */
	boolean redecode(Sequences sequences, Decoded previous, int from, Decoded out, long tardinessLimit,
			long makespanLimit) {
		this.tardinessLimit = tardinessLimit;
		this.makespanLimit = makespanLimit;
		try {
			return decode(sequences, previous.start, previous, from, out);
		}
		finally {
			this.tardinessLimit = Long.MAX_VALUE;
			this.makespanLimit = Long.MAX_VALUE;
		}
	}

	private boolean decode(Sequences sequences, long[] keys, Decoded previous, int from, Decoded out) {
		queue.clear(keys);
		stamp++;
		timelines.clear();
		int n = instance.operations;
		Arrays.fill(completion, Long.MIN_VALUE);
		tardiness = 0;
		makespan = 0;
		for (int k = 0; k < from; k++) {
			int op = previous.order[k];
			out.copyOperation(previous, op);
			out.order[k] = op;
			out.orderPosition[op] = k;
			done[op] = stamp;
			if (!instance.pinned[op]) {
				reserve(op, out);
			}
			completed(op, out.end[op]);
		}
		for (int i = 0; i < n; i++) {
			if (instance.pinned[i]) {
				reserve(i, pins);
			}
			if (done[i] != stamp) {
				waiting[i] = waitingFor(sequences, i);
				if (waiting[i] == 0) {
					queue.push(i);
				}
			}
		}
		int placed = from;
		while (!queue.isEmpty()) {
			int op = queue.pop();
			if (instance.pinned[op]) {
				keepPin(op, out);
			}
			else {
				place(op, sequences, out);
			}
			out.order[placed] = op;
			out.orderPosition[op] = placed++;
			completed(op, out.end[op]);
			if (tardiness > tardinessLimit || makespan > makespanLimit) {
				return false;
			}
			for (int s : instance.successors[op]) {
				if (--waiting[s] == 0) {
					queue.push(s);
				}
			}
			int next = sequences.next(op);
			if (next >= 0 && --waiting[next] == 0) {
				queue.push(next);
			}
		}
		return placed == n;
	}

	private void completed(int op, long end) {
		makespan = Math.max(makespan, end);
		int j = instance.job[op];
		if (end > completion[j]) {
			long due = instance.due[j];
			long before = completion[j] == Long.MIN_VALUE ? 0 : Math.max(0, completion[j] - due);
			tardiness += (Math.max(0, end - due) - before) * instance.weight[j];
			completion[j] = end;
		}
	}

	private int waitingFor(Sequences sequences, int op) {
		int count = 0;
		for (int p : instance.predecessors[op]) {
			if (done[p] != stamp) {
				count++;
			}
		}
		int previous = sequences.previous(op);
		return previous >= 0 && done[previous] != stamp ? count + 1 : count;
	}

	private void reserve(int op, Decoded placement) {
		for (int w : placement.workers[op]) {
			timelines.reserve(w, placement.start[op], placement.end[op]);
		}
	}

	private void keepPin(int op, Decoded out) {
		out.start[op] = pins.start[op];
		out.end[op] = pins.end[op];
		out.setup[op] = pins.setup[op];
		System.arraycopy(pins.workers[op], 0, out.workers[op], 0, out.workers[op].length);
		out.cause[op] = Decoded.RELEASE;
		out.causeOp[op] = -1;
	}

	private void place(int op, Sequences sequences, Decoded out) {
		long ready = instance.release[op];
		byte cause = Decoded.RELEASE;
		int causeOp = -1;
		int[] predecessors = instance.predecessors[op];
		for (int k = 0; k < predecessors.length; k++) {
			long t = out.end[predecessors[k]] + instance.lags[op][k];
			if (t > ready) {
				ready = t;
				cause = Decoded.JOB;
				causeOp = predecessors[k];
			}
		}
		int m = sequences.machineOf(op);
		Calendar calendar = instance.machineCalendar[m];
		int previous = sequences.previous(op);
		long setup = previous < 0 ? 0 : instance.setup(m, previous, op);
		if (previous >= 0) {
			long free = calendar.addWorkingMinutes(out.end[previous], setup);
			if (free >= ready) {
				ready = free;
				cause = Decoded.MACHINE;
				causeOp = previous;
			}
		}
		if (minutesMachine[op] != m) {
			minutesMachine[op] = m;
			minutes[op] = instance.processing(op, m);
		}
		long processing = minutes[op];
		long start = calendar.nextWorkingInstant(ready);
		long end = calendar.addWorkingMinutes(start, processing);
		int[] workers = out.workers[op];
		if (workers.length > 0) {
			while (start < Calendar.NEVER && end < Calendar.NEVER
					&& !timelines.choose(instance.qualified[op], workers, calendar, start, end)) {
				start = calendar.nextWorkingInstant(timelines.nextChange(instance.qualified[op], calendar, start, end));
				end = calendar.addWorkingMinutes(start, processing);
				cause = Decoded.WORKER;
				causeOp = -1;
			}
		}
		if (start >= Calendar.NEVER || end >= Calendar.NEVER) {
			throw new IllegalStateException("operation " + op + " finds no working time on machine " + m);
		}
		out.start[op] = start;
		out.end[op] = end;
		out.setup[op] = setup;
		out.cause[op] = cause;
		out.causeOp[op] = causeOp;
		reserve(op, out);
	}
}
