package io.atelier.scheduling.repair;

import java.util.ArrayList;
import java.util.List;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Interval;

/**
 * Where started work pauses when its crew is away and nobody can take over: it runs only while its machine and all
 * of its workers are at work, and holds the machine in between, so that the pauses are the machine's working time in
 * which a worker of the crew is absent.
 */
final class CrewPause {

	private static final long WEEK = 7 * 24 * 60;

	private static final int MAX_WEEKS = 520;

	private CrewPause() {
	}

	/** The pauses of {@code minutes} of work that starts at {@code start}, in order, up to the end of the work. */
	static List<Interval> pauses(Calendar machine, List<Calendar> crew, long start, long minutes) {
		List<Interval> pauses = new ArrayList<>();
		long remaining = minutes;
		for (int week = 0; remaining > 0 && week < MAX_WEEKS; week++) {
			long from = start + week * WEEK;
			for (Interval working : machine.workingIntervalsWithin(from, from + WEEK)) {
				long cursor = working.start();
				for (Interval together : together(crew, working)) {
					if (together.start() > cursor) {
						pauses.add(new Interval(cursor, together.start()));
					}
					long taken = Math.min(remaining, together.end() - together.start());
					remaining -= taken;
					cursor = together.start() + taken;
					if (remaining == 0) {
						return pauses;
					}
				}
				if (cursor < working.end()) {
					pauses.add(new Interval(cursor, working.end()));
				}
			}
		}
		throw new IllegalArgumentException("the crew of work started at " + start + " is not back within "
				+ MAX_WEEKS + " weeks");
	}

	/** The parts of {@code period} in which every worker of the crew is at work. */
	private static List<Interval> together(List<Calendar> crew, Interval period) {
		List<Interval> parts = List.of(period);
		for (Calendar worker : crew) {
			List<Interval> narrowed = new ArrayList<>();
			for (Interval part : parts) {
				narrowed.addAll(worker.workingIntervalsWithin(part.start(), part.end()));
			}
			parts = narrowed;
		}
		return parts;
	}
}
