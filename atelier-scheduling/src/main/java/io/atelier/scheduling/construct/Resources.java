package io.atelier.scheduling.construct;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Machine;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Pin;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.SkillRequirement;
import io.atelier.scheduling.model.WorkerId;

/**
 * The timelines of machines and workers while a schedule is built. Work is appended after the last operation of each
 * resource, so finding a placement costs a few calendar look-ups and never a scan of the schedule.
 */
final class Resources {

	private static final long IDLE = -Calendar.NEVER;

	private static final int MAX_WORKER_WAITS = 100_000;

	private final Problem problem;

	private final long[] machineFreeFrom;

	private final int[] machineFamily;

	private final long[] workerFreeFrom;

	private final Map<SkillRequirement, int[]> qualified = new HashMap<>();

	Resources(Problem problem) {
		this.problem = problem;
		machineFreeFrom = new long[problem.machines().size()];
		machineFamily = new int[problem.machines().size()];
		workerFreeFrom = new long[problem.workers().size()];
		Arrays.fill(machineFreeFrom, IDLE);
		Arrays.fill(machineFamily, -1);
		Arrays.fill(workerFreeFrom, IDLE);
	}

	/** The placement on the eligible machine that completes first, for an operation ready at {@code ready}. */
	Placement best(Operation operation, long ready) {
		Placement best = null;
		for (Eligibility eligibility : operation.machines()) {
			Placement candidate = on(operation, eligibility, eligibility.machine().index(), ready, false);
			if (best == null || candidate.end() < best.end()) {
				best = candidate;
			}
		}
		return best;
	}

	/** The placement on a given eligible machine, for an operation ready at {@code ready}. */
	Placement on(Operation operation, int machine, long ready) {
		return on(operation, eligibility(operation, machine), machine, ready, false);
	}

	/** Where the operation would start and end on the machine if workers were no constraint: a lower bound. */
	Placement ignoringWorkers(Operation operation, int m, long ready) {
		Machine machine = problem.machines().get(m);
		long setup = setup(machine, operation);
		Calendar calendar = machine.calendar();
		long start = calendar.nextWorkingInstant(Math.max(ready, calendar.addWorkingMinutes(machineFreeFrom[m], setup)));
		long end = calendar.addWorkingMinutes(start, eligibility(operation, m).processingMinutes());
		return new Placement(m, setup, start, end, new int[0]);
	}

	/** The placement of a pinned operation: its machine and start are given, and its workers unless the pin names them. */
	Placement pinned(Operation operation, Pin pin) {
		int m = pin.machine().index();
		if (pin.workers().isEmpty()) {
			return on(operation, eligibility(operation, m), m, pin.start(), true);
		}
		Machine machine = problem.machines().get(m);
		long end = machine.calendar().addWorkingMinutes(pin.start(), eligibility(operation, m).processingMinutes());
		int[] workers = pin.workers().stream().mapToInt(WorkerId::index).toArray();
		return new Placement(m, setup(machine, operation), pin.start(), end, workers);
	}

	private static Eligibility eligibility(Operation operation, int machine) {
		for (Eligibility eligibility : operation.machines()) {
			if (eligibility.machine().index() == machine) {
				return eligibility;
			}
		}
		throw new IllegalArgumentException(operation.id() + " cannot run on machine " + machine);
	}

	void commit(Operation operation, Placement placement) {
		machineFreeFrom[placement.machine()] = placement.end();
		machineFamily[placement.machine()] = operation.family();
		for (int w : placement.workers()) {
			workerFreeFrom[w] = placement.end();
		}
	}

	private Placement on(Operation operation, Eligibility eligibility, int m, long ready, boolean pinned) {
		Machine machine = problem.machines().get(m);
		Calendar calendar = machine.calendar();
		long setup = setup(machine, operation);
		long earliest = pinned ? ready : Math.max(ready, calendar.addWorkingMinutes(machineFreeFrom[m], setup));
		long p = eligibility.processingMinutes();
		if (qualified(operation.skill()).length < operation.skill().workers()) {
			throw new IllegalArgumentException("too few workers master " + operation.skill() + " for " + operation.id());
		}
		for (int wait = 0; wait < MAX_WORKER_WAITS; wait++) {
			long start = pinned ? earliest : calendar.nextWorkingInstant(earliest);
			long end = calendar.addWorkingMinutes(start, p);
			if (start >= Calendar.NEVER || end >= Calendar.NEVER) {
				throw new IllegalStateException(operation.id() + " finds no working time on " + machine.id());
			}
			int[] workers = workers(operation.skill(), calendar, start, end);
			if (workers != null) {
				return new Placement(m, setup, start, end, workers);
			}
			if (pinned) {
				throw new IllegalStateException("no qualified workers are free for the pinned " + operation.id());
			}
			earliest = nextWorkerChange(operation.skill(), start);
		}
		throw new IllegalStateException("no qualified workers are ever free for " + operation.id());
	}

	private long setup(Machine machine, Operation operation) {
		int previous = machineFamily[machine.id().index()];
		return previous < 0 ? 0 : machine.setups().minutes(previous, operation.family());
	}

	/** Free, qualified workers at work throughout the operation, preferring the least skilled; null if too few. */
	private int[] workers(SkillRequirement requirement, Calendar machineCalendar, long start, long end) {
		if (requirement.workers() == 0) {
			return new int[0];
		}
		int[] chosen = new int[requirement.workers()];
		int found = 0;
		for (int w : qualified(requirement)) {
			if (workerFreeFrom[w] <= start
					&& problem.workers().get(w).calendar().coversWorkingTimeOf(machineCalendar, start, end)) {
				chosen[found++] = w;
				if (found == chosen.length) {
					return chosen;
				}
			}
		}
		return null;
	}

	/** The next instant after {@code t} at which a qualified worker becomes free or comes to work. */
	private long nextWorkerChange(SkillRequirement requirement, long t) {
		long next = Calendar.NEVER;
		for (int w : qualified(requirement)) {
			if (workerFreeFrom[w] > t) {
				next = Math.min(next, workerFreeFrom[w]);
			}
			next = Math.min(next, problem.workers().get(w).calendar().nextIntervalStartAfter(t));
		}
		return next;
	}

	/** The workers who master the requirement, least skilled first so that experts stay free for hard work. */
	private int[] qualified(SkillRequirement requirement) {
		return qualified.computeIfAbsent(requirement, r -> problem.workers()
			.stream()
			.filter(w -> w.masters(r))
			.sorted(Comparator.comparingInt(w -> w.skills().getOrDefault(r.skill(), 0)))
			.mapToInt(w -> w.id().index())
			.toArray());
	}
}
