package io.atelier.scheduling.construct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.model.WorkerId;

/** One run of the {@link ConstructiveScheduler}: its queue of ready operations and what has been placed so far. */
final class SerialGeneration {

	private record Entry(int operation, long key, long remainingWork) {
	}

	private final Problem problem;

	private final Tails tails;

	private final Resources resources;

	private final int[] waiting;

	private final long[] end;

	private final List<Operation> conflict = new ArrayList<>();

	private final List<ScheduledOperation> placed = new ArrayList<>();

	private final boolean[] done;

	/** When each ready operation's job, material and predecessors allow it to start. */
	private final long[] readyAt;

	private final List<Set<Integer>> readyOn = new ArrayList<>();

	private final PriorityQueue<Entry> ready = new PriorityQueue<>(Comparator.comparingLong(Entry::key)
		.thenComparing(Comparator.comparingLong(Entry::remainingWork).reversed())
		.thenComparingInt(Entry::operation));

	private final DispatchRule rule;

	private final Random random;

	private final double noise;

	SerialGeneration(Problem problem, DispatchRule rule, Random random, double noise) {
		this.problem = problem;
		this.rule = rule;
		this.random = random;
		this.noise = noise;
		this.tails = new Tails(problem);
		this.resources = new Resources(problem);
		int n = problem.operations().size();
		waiting = new int[n];
		end = new long[n];
		done = new boolean[n];
		readyAt = new long[n];
		for (int m = 0; m < problem.machines().size(); m++) {
			readyOn.add(new LinkedHashSet<>());
		}
		for (Operation operation : problem.operations()) {
			waiting[operation.id().index()] = operation.predecessors().size();
		}
	}

	Schedule schedule() {
		// before the pins, so that an operation freed by a pinned predecessor is enqueued once, by the commit
		for (Operation operation : problem.operations()) {
			if (operation.pin().isEmpty() && waiting[operation.id().index()] == 0) {
				enqueue(operation);
			}
		}
		placePinned();
		while (!ready.isEmpty()) {
			Entry head = ready.poll();
			if (done[head.operation()]) {
				continue;
			}
			Operation operation = problem.operations().get(head.operation());
			Placement placement = resources.best(operation, readyAt[head.operation()]);
			if (placement.end() > head.key()) {
				ready.add(new Entry(head.operation(), placement.end(), head.remainingWork()));
			}
			else {
				ready.add(head);
				dispatch(operation, placement);
			}
		}
		if (placed.size() < problem.operations().size()) {
			throw new IllegalArgumentException("some operations wait for a predecessor that is never scheduled");
		}
		return new Schedule(placed);
	}

	private void placePinned() {
		problem.operations()
			.stream()
			.filter(o -> o.pin().isPresent())
			.sorted(Comparator.comparingLong(o -> o.pin().orElseThrow().start()))
			.forEach(o -> commit(o, resources.pinned(o, o.pin().get())));
	}

	/**
	 * Appends the operation the rule prefers among those that could start before {@code first} completes. The
	 * candidates are judged by their machine alone, a lower bound that spares the search for workers; only the
	 * chosen one gets its workers.
	 */
	private void dispatch(Operation first, Placement earliest) {
		Operation chosen = first;
		double best = priority(first, earliest);
		conflict.clear();
		conflict.add(first);
		for (int other : readyOn.get(earliest.machine())) {
			Operation candidate = problem.operations().get(other);
			if (candidate == first || readyAt[other] >= earliest.end()) {
				continue;
			}
			Placement placement = resources.ignoringWorkers(candidate, earliest.machine(), readyAt[other]);
			if (placement.start() < earliest.end()) {
				conflict.add(candidate);
				double priority = priority(candidate, placement);
				if (priority < best || (priority == best && other < chosen.id().index())) {
					chosen = candidate;
					best = priority;
				}
			}
		}
		if (random != null && random.nextDouble() < noise) {
			chosen = conflict.get(random.nextInt(conflict.size()));
		}
		commit(chosen, chosen == first ? earliest
				: resources.on(chosen, earliest.machine(), readyAt[chosen.id().index()]));
	}

	private void enqueue(Operation operation) {
		int i = operation.id().index();
		readyAt[i] = readyTime(operation);
		Placement placement = resources.best(operation, readyAt[i]);
		ready.add(new Entry(i, placement.end(), tails.remainingWork[i]));
		operation.machines().forEach(e -> readyOn.get(e.machine().index()).add(i));
	}

	private double priority(Operation operation, Placement placement) {
		Job job = problem.job(operation.job());
		int i = operation.id().index();
		return rule.priority(placement.end(), job.due(), tails.remainingWork[i], job.weight());
	}

	private long readyTime(Operation operation) {
		long t = Math.max(problem.job(operation.job()).release(), operation.earliestStart());
		t = Math.max(t, problem.frozenUntil());
		for (Precedence p : operation.predecessors()) {
			t = Math.max(t, end[p.predecessor().index()] + p.minimumLag());
		}
		return t;
	}

	private void commit(Operation operation, Placement placement) {
		resources.commit(operation, placement);
		int i = operation.id().index();
		done[i] = true;
		operation.machines().forEach(e -> readyOn.get(e.machine().index()).remove(i));
		end[i] = placement.end();
		List<WorkerId> workers = new ArrayList<>(placement.workers().length);
		for (int w : placement.workers()) {
			workers.add(new WorkerId(w));
		}
		placed.add(new ScheduledOperation(operation.id(), new MachineId(placement.machine()), placement.start(),
				placement.end(), workers, placement.setupMinutes()));
		for (int s : tails.successors[i]) {
			if (--waiting[s] == 0 && problem.operations().get(s).pin().isEmpty()) {
				enqueue(problem.operations().get(s));
			}
		}
	}
}
