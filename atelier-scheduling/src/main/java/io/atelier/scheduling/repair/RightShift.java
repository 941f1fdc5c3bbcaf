package io.atelier.scheduling.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import io.atelier.scheduling.model.Calendar;
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

	/**
	 * What the repair placed; which operations the repaired problem pins (kept work, and released work it placed
	 * inside the frozen horizon); why fixed work was released (null where it was not); the machines' calendars with
	 * the pauses of started work whose crew is away.
	 */
	record Outcome(Slot[] slots, boolean[] pinned, ReleasedOperation.Reason[] released, Calendar[] calendars) {
	}

	private final Problem problem;

	private final ScheduledOperation[] current;

	private final long now;

	private final long cutoff;

	private final Timelines timelines;

	private final Slot[] slots;

	private final boolean[] kept;

	private final ReleasedOperation.Reason[] released;

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
		this.released = new ReleasedOperation.Reason[n];
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
		boolean[] pinned = pinnedAfterShift();
		boolean[] movable = new boolean[slots.length];
		for (int i = 0; i < slots.length; i++) {
			movable[i] = !pinned[i] && released[i] == null && moved(i);
		}
		new Compaction(problem, timelines, slots, cutoff).pullLeft(movable);
		Calendar[] calendars = new Calendar[problem.machines().size()];
		Arrays.setAll(calendars, timelines::calendar);
		return new Outcome(slots, pinned, released, calendars);
	}

	/**
	 * Kept work stays pinned; released work that found its old place again after all is kept after all; released work
	 * placed inside the frozen horizon is pinned there, since only pinned work may start inside it.
	 */
	private boolean[] pinnedAfterShift() {
		boolean[] pinned = kept.clone();
		for (int i = 0; i < slots.length; i++) {
			if (released[i] != null && !moved(i)) {
				released[i] = null;
				pinned[i] = true;
			}
			pinned[i] |= released[i] != null && slots[i].start() < cutoff;
		}
		return pinned;
	}

	private boolean moved(int i) {
		return i >= current.length || current[i] == null || current[i].start() != slots[i].start()
				|| current[i].machine().index() != slots[i].machine();
	}

	/**
	 * Work started before {@code now} happened: it stays, whatever the event, before anything else is placed. Its
	 * crews are reserved first, so that a worker named instead of an absent one is not one whom later started work
	 * has; finished work keeps its crew, as that is what the shop floor recorded.
	 */
	private void keepStartedWork(List<Operation> byStart) {
		List<Operation> started = byStart.stream().filter(o -> placed(o).start() < now).toList();
		for (Operation operation : started) {
			ScheduledOperation s = placed(operation);
			timelines.crews().book(index(operation), s.start(), s.end(), Timelines.indexes(s.workers()));
		}
		for (Operation operation : started) {
			ScheduledOperation s = placed(operation);
			int[] crew = Timelines.indexes(s.workers());
			timelines.crews().unbook(index(operation), s.start(), s.end(), crew);
			keep(operation, s.end() <= now ? timelines.finished(operation, s.machine().index(), s.start(), crew)
					: timelines.started(operation, s.machine().index(), s.start(), crew));
		}
	}

	/** Frozen and pinned work stays at its start when the event still allows it there, else it is released. */
	private void keepFixedWork(List<Operation> byStart) {
		for (Operation operation : byStart) {
			ScheduledOperation s = placed(operation);
			if (!kept[index(operation)] && (s.start() < cutoff || operation.pin().isPresent())) {
				ReleasedOperation.Reason why = whyNotAt(operation, s.start());
				Slot slot = why != null ? null
						: timelines.exactly(operation, s.machine().index(), s.start(), Timelines.indexes(s.workers()));
				if (slot != null) {
					keep(operation, slot);
				}
				else {
					released[index(operation)] = why != null ? why
							: timelines.whyNot(operation, s.machine().index(), s.start());
				}
			}
		}
	}

	private void keep(Operation operation, Slot slot) {
		timelines.book(operation, slot);
		slots[index(operation)] = slot;
		kept[index(operation)] = true;
	}

	/** What of its job, material and kept predecessors forbids the operation to start where it is, if anything. */
	private ReleasedOperation.Reason whyNotAt(Operation operation, long start) {
		if (start < problem.job(operation.job()).release() || start < operation.earliestStart()) {
			return ReleasedOperation.Reason.MATERIAL_LATE;
		}
		for (Precedence p : operation.predecessors()) {
			int before = p.predecessor().index();
			if (!kept[before] || slots[before].end() + p.minimumLag() > start) {
				return ReleasedOperation.Reason.PREDECESSOR_MOVED;
			}
		}
		return null;
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
		// released fixed work may stay inside the frozen horizon (pinned there), moving no later than it must
		long ready = readyTime(problem, slots, operation, s == null ? cutoff : s.start());
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

	static long readyTime(Problem problem, Slot[] slots, Operation operation, long notBefore) {
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
