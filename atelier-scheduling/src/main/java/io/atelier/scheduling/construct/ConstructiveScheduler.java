package io.atelier.scheduling.construct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.model.WorkerId;

/**
 * Serial schedule generation: pinned operations first, at their pins; then, repeatedly, the ready operation that ranks
 * first by the dispatch rule goes to the eligible machine where it completes first. The queue holds each ready operation
 * with a key that can only grow as resources fill up, so an operation is re-evaluated only when it reaches the head:
 * about n log n work for n operations.
 */
public final class ConstructiveScheduler {

	private final DispatchRule rule;

	private final Random random;

	private final double noise;

	/** A deterministic scheduler. */
	public ConstructiveScheduler(DispatchRule rule) {
		this(rule, null, 0);
	}

	/** A scheduler whose keys are scaled by up to {@code 1 + noise} at random, for randomized restarts. */
	public ConstructiveScheduler(DispatchRule rule, Random random, double noise) {
		this.rule = rule;
		this.random = random;
		this.noise = noise;
	}

	public Schedule schedule(Problem problem) {
		return new Run(problem).schedule();
	}

	private record Entry(int operation, double key, long remainingWork) {
	}

	private final class Run {

		private final Problem problem;

		private final Tails tails;

		private final Resources resources;

		private final int[] waiting;

		private final long[] end;

		private final double[] jitter;

		private final List<ScheduledOperation> placed = new ArrayList<>();

		private final PriorityQueue<Entry> ready = new PriorityQueue<>(Comparator.comparingDouble(Entry::key)
			.thenComparing(Comparator.comparingLong(Entry::remainingWork).reversed())
			.thenComparingInt(Entry::operation));

		Run(Problem problem) {
			this.problem = problem;
			this.tails = new Tails(problem);
			this.resources = new Resources(problem);
			int n = problem.operations().size();
			waiting = new int[n];
			end = new long[n];
			jitter = new double[n];
			for (Operation operation : problem.operations()) {
				waiting[operation.id().index()] = operation.predecessors().size();
				jitter[operation.id().index()] = random == null ? 1 : 1 + noise * random.nextDouble();
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
				Operation operation = problem.operations().get(head.operation());
				Placement placement = resources.best(operation, readyTime(operation));
				double key = key(operation, placement);
				if (key > head.key()) {
					ready.add(new Entry(head.operation(), key, head.remainingWork()));
				}
				else {
					commit(operation, placement);
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
				.forEach(o -> commit(o, resources.pinned(o, o.pin().get().machine().index(), o.pin().get().start())));
		}

		private void enqueue(Operation operation) {
			Placement placement = resources.best(operation, readyTime(operation));
			int i = operation.id().index();
			ready.add(new Entry(i, key(operation, placement), tails.remainingWork[i]));
		}

		private double key(Operation operation, Placement placement) {
			Job job = problem.job(operation.job());
			int i = operation.id().index();
			return jitter[i] * rule.key(placement.end(), job.due(), tails.remainingWork[i], job.weight());
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
}
