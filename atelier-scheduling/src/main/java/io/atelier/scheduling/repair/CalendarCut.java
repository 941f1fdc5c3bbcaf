package io.atelier.scheduling.repair;

import java.util.ArrayList;
import java.util.List;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Interval;

/** A calendar with a period of downtime or absence taken out of its working time. */
final class CalendarCut {

	private CalendarCut() {
	}

	static Calendar without(Calendar calendar, long from, long to) {
		return without(calendar, from, to, List.of());
	}

	/**
	 * The calendar without {@code [from, to)}, except during {@code recorded}: periods in which the shop floor records
	 * work on the resource, which therefore was working whatever a late report of the downtime says.
	 */
	static Calendar without(Calendar calendar, long from, long to, List<Interval> recorded) {
		List<Interval> kept = new ArrayList<>();
		for (Interval working : calendar.workingIntervalsWithin(-Calendar.NEVER, Calendar.NEVER)) {
			if (working.end() <= from || working.start() >= to) {
				kept.add(working);
				continue;
			}
			if (working.start() < from) {
				kept.add(new Interval(working.start(), from));
			}
			if (working.end() > to) {
				kept.add(new Interval(to, working.end()));
			}
		}
		for (Interval work : recorded) {
			long start = Math.max(from, work.start());
			long end = Math.min(to, work.end());
			if (start < end) {
				kept.addAll(calendar.workingIntervalsWithin(start, end));
			}
		}
		return Calendar.of(kept);
	}
}
