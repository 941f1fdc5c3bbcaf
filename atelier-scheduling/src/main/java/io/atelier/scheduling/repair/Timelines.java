package io.atelier.scheduling.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Interval;
import io.atelier.scheduling.model.Machine;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.SkillRequirement;
import io.atelier.scheduling.model.WorkerId;

/**
 * The booked periods of every machine and worker. Unlike the constructive scheduler, which only appends, a repair must
 * fit work into the gaps that fixed work leaves, so each resource keeps a sorted set of its bookings; an operation
 * fits a machine gap only if the setups before it and after it (to the next booking) fit too.
 */
final class Timelines {

	private static final int MAX_TRIES = 1_000_000;

	private record Booking(long start, long end, int family, int operation) {
	}

	private static final Comparator<Booking> ORDER = Comparator.comparingLong(Booking::start)
		.thenComparingLong(Booking::end)
		.thenComparingInt(Booking::operation);

	private final Problem problem;

	private final List<TreeSet<Booking>> machines = new ArrayList<>();

	private final List<TreeSet<Booking>> workers = new ArrayList<>();

	private final Map<SkillRequirement, int[]> qualified = new HashMap<>();

	/** The machines' calendars, which lose the time started work holds a machine while its crew is away. */
	private final Calendar[] calendars;

	Timelines(Problem problem) {
		this.problem = problem;
		problem.machines().forEach(m -> machines.add(new TreeSet<>(ORDER)));
		problem.workers().forEach(w -> workers.add(new TreeSet<>(ORDER)));
		this.calendars = problem.machines().stream().map(Machine::calendar).toArray(Calendar[]::new);
	}

	Calendar calendar(int m) {
		return calendars[m];
	}

	/** The earliest slot on the machine at or after {@code ready}, with the preferred workers when they are free. */
	Slot earliest(Operation operation, int m, long ready, int[] preferred) {
		Calendar calendar = calendars[m];
		long p = minutes(operation, m);
		long start = calendar.nextWorkingInstant(ready);
		for (int tries = 0; tries < MAX_TRIES && start < Calendar.NEVER; tries++) {
			long end = calendar.addWorkingMinutes(start, p);
			long retry = machineConflict(operation, m, start, end);
			if (retry < 0) {
				int[] chosen = workers(operation.skill(), calendar, start, end, preferred);
				if (chosen != null) {
					return new Slot(m, start, end, chosen);
				}
				retry = nextWorkerChange(operation.skill(), start, end);
			}
			start = calendar.nextWorkingInstant(retry);
		}
		throw new IllegalStateException(operation.id() + " finds no time on machine " + m);
	}

	/** The slot starting exactly at {@code start}, or null when the machine, its calendar or the workers forbid it. */
	Slot exactly(Operation operation, int m, long start, int[] preferred) {
		Calendar calendar = calendars[m];
		if (!calendar.isWorking(start)) {
			return null;
		}
		long end = calendar.addWorkingMinutes(start, minutes(operation, m));
		if (end >= Calendar.NEVER || machineConflict(operation, m, start, end) >= 0) {
			return null;
		}
		int[] chosen = workers(operation.skill(), calendar, start, end, preferred);
		return chosen == null ? null : new Slot(m, start, end, chosen);
	}

	/**
	 * The slot of work that has started: it happens wherever the shop floor put it, pausing over any new downtime;
	 * an absent worker is replaced by a free qualified one when there is one, otherwise the work holds the machine and
	 * pauses while its crew is away.
	 */
	Slot started(Operation operation, int m, long start, int[] workersOnIt) {
		long minutes = minutes(operation, m);
		long end = calendars[m].addWorkingMinutes(start, minutes);
		int[] chosen = workers(operation.skill(), calendars[m], start, end, workersOnIt);
		if (chosen != null) {
			return new Slot(m, start, end, chosen);
		}
		List<Calendar> crew = new ArrayList<>();
		for (int w : workersOnIt) {
			crew.add(problem.workers().get(w).calendar());
		}
		for (Interval pause : CrewPause.pauses(calendars[m], crew, start, minutes)) {
			calendars[m] = CalendarCut.without(calendars[m], pause.start(), pause.end());
		}
		return new Slot(m, start, calendars[m].addWorkingMinutes(start, minutes), workersOnIt);
	}

	/** The slot of finished work, with the crew that did it. */
	Slot finished(Operation operation, int m, long start, int[] crew) {
		return new Slot(m, start, calendars[m].addWorkingMinutes(start, minutes(operation, m)), crew);
	}

	/** Why {@link #exactly} finds no slot at {@code start} on the machine. */
	ReleasedOperation.Reason whyNot(Operation operation, int m, long start) {
		Calendar calendar = calendars[m];
		if (!calendar.isWorking(start) || calendar.addWorkingMinutes(start, minutes(operation, m)) >= Calendar.NEVER) {
			return ReleasedOperation.Reason.MACHINE_DOWN;
		}
		long end = calendar.addWorkingMinutes(start, minutes(operation, m));
		return machineConflict(operation, m, start, end) >= 0 ? ReleasedOperation.Reason.MACHINE_BUSY
				: ReleasedOperation.Reason.NO_WORKERS;
	}

	void book(Operation operation, Slot slot) {
		machines.get(slot.machine()).add(new Booking(slot.start(), slot.end(), operation.family(), operation.id().index()));
		bookCrew(operation.id().index(), slot.start(), slot.end(), slot.workers());
	}

	void bookCrew(int operation, long start, long end, int[] crew) {
		for (int w : crew) {
			workers.get(w).add(new Booking(start, end, 0, operation));
		}
	}

	void unbookCrew(int operation, long start, long end, int[] crew) {
		for (int w : crew) {
			workers.get(w).remove(new Booking(start, end, 0, operation));
		}
	}

	/**
	 * Takes the operation off its slot unless that leaves its neighbours on the machine too little working time for
	 * the setup between them (setups need not obey the triangle inequality); returns whether it did.
	 */
	boolean unbook(Operation operation, Slot slot) {
		int i = operation.id().index();
		Booking own = new Booking(slot.start(), slot.end(), operation.family(), i);
		TreeSet<Booking> line = machines.get(slot.machine());
		Booking before = line.lower(own);
		Booking after = line.higher(own);
		if (before != null && after != null) {
			long setup = problem.machines().get(slot.machine()).setups().minutes(before.family(), after.family());
			if (calendars[slot.machine()].workingMinutesBetween(before.end(), after.start()) < setup) {
				return false;
			}
		}
		line.remove(own);
		unbookCrew(i, slot.start(), slot.end(), slot.workers());
		return true;
	}

	/** -1 when the operation fits the machine in {@code [start, end)} with its setups, else a later start to try. */
	private long machineConflict(Operation operation, int m, long start, long end) {
		Machine machine = problem.machines().get(m);
		Calendar calendar = calendars[m];
		TreeSet<Booking> line = machines.get(m);
		Booking probe = new Booking(start, Long.MAX_VALUE, 0, Integer.MAX_VALUE);
		Booking before = line.floor(probe);
		if (before != null) {
			long free = calendar.addWorkingMinutes(before.end(),
					machine.setups().minutes(before.family(), operation.family()));
			if (start < free) {
				return free;
			}
		}
		Booking after = line.higher(probe);
		if (after != null) {
			long setup = machine.setups().minutes(operation.family(), after.family());
			if (end > after.start() || calendar.workingMinutesBetween(end, after.start()) < setup) {
				return calendar.addWorkingMinutes(after.end(),
						machine.setups().minutes(after.family(), operation.family()));
			}
		}
		return -1;
	}

	/** Free qualified workers at work throughout, the preferred ones first; null when too few. */
	private int[] workers(SkillRequirement requirement, Calendar machineCalendar, long start, long end,
			int[] preferred) {
		if (requirement.workers() == 0) {
			return new int[0];
		}
		List<Interval> working = machineCalendar.workingIntervalsWithin(start, end);
		int[] chosen = new int[requirement.workers()];
		int found = 0;
		for (int pass = 0; pass < 2 && found < chosen.length; pass++) {
			for (int w : pass == 0 ? preferred : qualified(requirement)) {
				if (found < chosen.length && !contains(chosen, found, w)
						&& problem.workers().get(w).masters(requirement) && available(w, start, end, working)) {
					chosen[found++] = w;
				}
			}
		}
		return found == chosen.length ? chosen : null;
	}

	private boolean available(int w, long start, long end, List<Interval> working) {
		Booking last = workers.get(w).lower(new Booking(end, Long.MIN_VALUE, 0, Integer.MIN_VALUE));
		if (last != null && last.end() > start) {
			return false;
		}
		Calendar calendar = problem.workers().get(w).calendar();
		for (Interval interval : working) {
			if (!calendar.covers(interval.start(), interval.end())) {
				return false;
			}
		}
		return true;
	}

	/** The next instant after {@code start} at which a qualified worker becomes free or comes to work. */
	private long nextWorkerChange(SkillRequirement requirement, long start, long end) {
		long next = Calendar.NEVER;
		for (int w : qualified(requirement)) {
			Booking last = workers.get(w).lower(new Booking(end, Long.MIN_VALUE, 0, Integer.MIN_VALUE));
			if (last != null && last.end() > start) {
				next = Math.min(next, last.end());
			}
			next = Math.min(next, problem.workers().get(w).calendar().nextIntervalStartAfter(start));
		}
		return next;
	}

	private static boolean contains(int[] chosen, int found, int w) {
		for (int k = 0; k < found; k++) {
			if (chosen[k] == w) {
				return true;
			}
		}
		return false;
	}

	private static long minutes(Operation operation, int m) {
		for (Eligibility eligibility : operation.machines()) {
			if (eligibility.machine().index() == m) {
				return eligibility.processingMinutes();
			}
		}
		throw new IllegalArgumentException(operation.id() + " cannot run on machine " + m);
	}

	private int[] qualified(SkillRequirement requirement) {
		return qualified.computeIfAbsent(requirement, r -> problem.workers()
			.stream()
			.filter(w -> w.masters(r))
			.sorted(Comparator.comparingInt(w -> w.skills().getOrDefault(r.skill(), 0)))
			.mapToInt(w -> w.id().index())
			.toArray());
	}

	static int[] indexes(List<WorkerId> workers) {
		return workers.stream().mapToInt(WorkerId::index).toArray();
	}
}
