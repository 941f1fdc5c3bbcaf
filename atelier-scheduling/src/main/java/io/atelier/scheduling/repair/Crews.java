package io.atelier.scheduling.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Interval;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.SkillRequirement;

/** The booked periods of every worker, and the choice of a crew that is qualified, at work and free. */
final class Crews {

	private record Period(long start, long end, int operation) {
	}

	private static final Comparator<Period> ORDER = Comparator.comparingLong(Period::start)
		.thenComparingLong(Period::end)
		.thenComparingInt(Period::operation);

	private final Problem problem;

	private final List<TreeSet<Period>> lines = new ArrayList<>();

	private final Map<SkillRequirement, int[]> qualified = new HashMap<>();

	Crews(Problem problem) {
		this.problem = problem;
		problem.workers().forEach(w -> lines.add(new TreeSet<>(ORDER)));
	}

	/** Free qualified workers at work throughout, the preferred ones first; null when too few. */
	int[] choose(SkillRequirement requirement, Calendar machineCalendar, long start, long end,
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
		Period last = lines.get(w).lower(new Period(end, Long.MIN_VALUE, Integer.MIN_VALUE));
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
	long nextChange(SkillRequirement requirement, long start, long end) {
		long next = Calendar.NEVER;
		for (int w : qualified(requirement)) {
			Period last = lines.get(w).lower(new Period(end, Long.MIN_VALUE, Integer.MIN_VALUE));
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

	private int[] qualified(SkillRequirement requirement) {
		return qualified.computeIfAbsent(requirement, r -> problem.workers()
			.stream()
			.filter(w -> w.masters(r))
			.sorted(Comparator.comparingInt(w -> w.skills().getOrDefault(r.skill(), 0)))
			.mapToInt(w -> w.id().index())
			.toArray());
	}

	void book(int operation, long start, long end, int[] crew) {
		for (int w : crew) {
			lines.get(w).add(new Period(start, end, operation));
		}
	}

	void unbook(int operation, long start, long end, int[] crew) {
		for (int w : crew) {
			lines.get(w).remove(new Period(start, end, operation));
		}
	}
}
