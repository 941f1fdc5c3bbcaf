package io.atelier.scheduling.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Interval;
import io.atelier.scheduling.model.Machine;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.WorkerId;

/**
 * The booked periods of every machine, and through {@link Crews} of every worker. Unlike the constructive scheduler,
 * which only appends, a repair must fit work into the gaps that fixed work leaves, so each resource keeps a sorted set
 * of its bookings; an operation fits a machine gap only if the setups before it and after it (to the next booking) fit
 * too. The machines' calendars start as the problem's and lose the time started work holds a machine while its crew is
 * away.
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

	private final Crews crews;

	/** The machines' calendars, with the pauses of started work whose crew is away. */
	private final Calendar[] calendars;

	Timelines(Problem problem) {
		this.problem = problem;
		problem.machines().forEach(m -> machines.add(new TreeSet<>(ORDER)));
		this.crews = new Crews(problem);
		this.calendars = problem.machines().stream().map(Machine::calendar).toArray(Calendar[]::new);
	}

	Calendar calendar(int m) {
		return calendars[m];
	}

	/** The crews of work booked by other means (started work reserves its crew before anything is placed). */
	Crews crews() {
		return crews;
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
				int[] chosen = crews.choose(operation.skill(), calendar, start, end, preferred);
				if (chosen != null) {
					return new Slot(m, start, end, chosen);
				}
				retry = crews.nextChange(operation.skill(), start, end);
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
		int[] chosen = crews.choose(operation.skill(), calendar, start, end, preferred);
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
		int[] chosen = crews.choose(operation.skill(), calendars[m], start, end, workersOnIt);
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
		crews.book(operation.id().index(), slot.start(), slot.end(), slot.workers());
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
		crews.unbook(i, slot.start(), slot.end(), slot.workers());
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

	private static long minutes(Operation operation, int m) {
		for (Eligibility eligibility : operation.machines()) {
			if (eligibility.machine().index() == m) {
				return eligibility.processingMinutes();
			}
		}
		throw new IllegalArgumentException(operation.id() + " cannot run on machine " + m);
	}

	static int[] indexes(List<WorkerId> workers) {
		return workers.stream().mapToInt(WorkerId::index).toArray();
	}
}
