package io.atelier.scheduling.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.ScheduledOperation;

/**
 * Right-shift repair of a schedule for a problem the event has already changed. First the work that stays: started
 * operations where they are, then frozen and pinned ones at their start when that is still feasible. Then everything
 * else in the order of its current start (a rush order ahead of all of it), each at the earliest gap on its current
 * machine that is not before its current start, so that work the event does not reach stays exactly where it was;
 * only when that gap would make it end later than planned may it go to another eligible machine that ends it sooner.
 */
final class RightShift {

	/** What the repair placed, and which operations it kept in place as pins. */
	record Outcome(Slot[] slots, boolean[] kept) {
	}

	private final Problem problem;

	private final ScheduledOperation[] current;

	private final long now;

	private final long cutoff;

	private final Timelines timelines;

	private final Slot[] slots;

	private final boolean[] kept;

	private final int[][] successors;

	RightShift(Problem problem, ScheduledOperation[] current, long now) {
		this.problem = problem;
		this.current = current;
		this.now = now;
		this.cutoff = Math.max(now, problem.frozenUntil());
		this.timelines = new Timelines(problem);
		int n = problem.operations().size();
		this.slots = new Slot[n];
		this.kept = new boolean[n];
		this.successors = successors(problem);
	}

	Outcome run() {
		List<Operation> byStart = problem.operations()
			.stream()
			.filter(o -> placed(o) != null)
			.sorted(Comparator.comparingLong((Operation o) -> placed(o).start()).thenComparingInt(o -> o.id().index()))
			.toList();
		keepStartedWork(byStart);
		keepFixedWork(byStart);
		shiftTheRest();
		return new Outcome(slots, kept);
	}

	/** Work started before {@code now} happened: it stays, whatever the event, before anything else is placed. */
	private void keepStartedWork(List<Operation> byStart) {
		for (Operation operation : byStart) {
			ScheduledOperation s = placed(operation);
			if (s.start() < now) {
				keep(operation, timelines.started(operation, s.machine().index(), s.start(),
						Timelines.indexes(s.workers())));
			}
		}
	}

	/** Frozen and pinned work stays at its start when the event still allows it there, else it is released. */
	private void keepFixedWork(List<Operation> byStart) {
		for (Operation operation : byStart) {
			ScheduledOperation s = placed(operation);
			if (!kept[index(operation)] && (s.start() < cutoff || operation.pin().isPresent())
					&& mayStayAt(operation, s.start())) {
				Slot slot = timelines.exactly(operation, s.machine().index(), s.start(), Timelines.indexes(s.workers()));
				if (slot != null) {
					keep(operation, slot);
				}
			}
		}
	}

	private void keep(Operation operation, Slot slot) {
		timelines.book(operation, slot);
		slots[index(operation)] = slot;
		kept[index(operation)] = true;
	}

	/** Whether its job, material and kept predecessors still allow the operation to start where it is. */
	private boolean mayStayAt(Operation operation, long start) {
		if (start < problem.job(operation.job()).release() || start < operation.earliestStart()) {
			return false;
		}
		for (Precedence p : operation.predecessors()) {
			int before = p.predecessor().index();
			if (!kept[before] || slots[before].end() + p.minimumLag() > start) {
				return false;
			}
		}
		return true;
	}

	/** List scheduling of the work not kept, in priority order, each operation once its predecessors are placed. */
	private void shiftTheRest() {
		int[] waiting = new int[slots.length];
		PriorityQueue<Operation> ready = new PriorityQueue<>(
				Comparator.comparingLong(this::priority).thenComparingInt(RightShift::index));
		for (Operation operation : problem.operations()) {
			int i = index(operation);
			waiting[i] = kept[i] ? -1
					: (int) operation.predecessors().stream().filter(p -> !kept[p.predecessor().index()]).count();
			if (waiting[i] == 0) {
				ready.add(operation);
			}
		}
		while (!ready.isEmpty()) {
			Operation operation = ready.poll();
			int i = index(operation);
			slots[i] = place(operation);
			timelines.book(operation, slots[i]);
			for (int s : successors[i]) {
				if (!kept[s] && --waiting[s] == 0) {
					ready.add(problem.operations().get(s));
				}
			}
		}
		for (int i = 0; i < slots.length; i++) {
			if (slots[i] == null) {
				throw new IllegalArgumentException("operation " + i + " waits for a predecessor that is never scheduled");
			}
		}
	}

	/** The current start orders the rest; a new operation (a rush order) goes ahead of all of it. */
	private long priority(Operation operation) {
		ScheduledOperation s = placed(operation);
		return s == null ? Long.MIN_VALUE : s.start();
	}

	private Slot place(Operation operation) {
		ScheduledOperation s = placed(operation);
		long ready = readyTime(operation, s == null ? cutoff : Math.max(cutoff, s.start()));
		int[] workers = s == null ? new int[0] : Timelines.indexes(s.workers());
		Slot stay = null;
		if (s != null && operation.eligibility(s.machine()).isPresent()) {
			stay = timelines.earliest(operation, s.machine().index(), ready, workers);
			if (stay.end() <= s.end()) {
				return stay;
			}
		}
		// new work, or work the event delays on its machine, goes to the eligible machine that completes it first
		Slot best = stay;
		for (Eligibility e : operation.machines()) {
			Slot candidate = timelines.earliest(operation, e.machine().index(), ready, workers);
			if (best == null || candidate.end() < best.end()) {
				best = candidate;
			}
		}
		return best;
	}

	private long readyTime(Operation operation, long notBefore) {
		long t = Math.max(notBefore, Math.max(problem.job(operation.job()).release(), operation.earliestStart()));
		for (Precedence p : operation.predecessors()) {
			t = Math.max(t, slots[p.predecessor().index()].end() + p.minimumLag());
		}
		return t;
	}

	private ScheduledOperation placed(Operation operation) {
		int i = index(operation);
		return i < current.length ? current[i] : null;
	}

	private static int index(Operation operation) {
		return operation.id().index();
	}

	private static int[][] successors(Problem problem) {
		int n = problem.operations().size();
		List<List<Integer>> next = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			next.add(new ArrayList<>(2));
		}
		for (Operation operation : problem.operations()) {
			for (Precedence p : operation.predecessors()) {
				next.get(p.predecessor().index()).add(operation.id().index());
			}
		}
		return next.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}
}
