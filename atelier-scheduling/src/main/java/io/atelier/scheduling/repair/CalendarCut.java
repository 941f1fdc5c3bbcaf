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
		return Calendar.of(kept);
	}
}
