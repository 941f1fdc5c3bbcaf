package io.atelier.factory;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule that the shifts of one calendar never overlap: nobody can work two shifts of the same calendar at once, and
 * a scheduler could not tell which shift a minute belongs to. Each shift on each of its days is an interval of the week;
 * a night shift runs into the next day (and Sunday night into Monday). Shifts that merely touch (one ends at 14:00, the
 * next starts at 14:00) do not overlap.
 */
final class ShiftOverlap {

	private static final int MINUTES_PER_WEEK = 7 * Shift.MINUTES_PER_DAY;

	/** Shift {@code second} (the later in the list) overlaps shift {@code first} when it starts on {@code day}. */
	record Clash(int first, int second, Weekday day) {
	}

	private ShiftOverlap() {
	}

	/** Every pair of overlapping shifts, once, in list order of the later shift. */
	static List<Clash> clashes(List<Shift> shifts) {
		List<Clash> clashes = new ArrayList<>();
		for (int second = 1; second < shifts.size(); second++) {
			for (int first = 0; first < second; first++) {
				Weekday day = firstDayOfClash(shifts.get(first), shifts.get(second));
				if (day != null) {
					clashes.add(new Clash(first, second, day));
				}
			}
		}
		return clashes;
	}

	/** The first day (in week order) on which shift b starts while shift a is running or a starts while b runs. */
	private static Weekday firstDayOfClash(Shift a, Shift b) {
		for (Weekday dayOfB : b.days()) {
			for (Weekday dayOfA : a.days()) {
				if (overlap(start(a, dayOfA), a.lengthMinutes(), start(b, dayOfB), b.lengthMinutes())) {
					return dayOfB;
				}
			}
		}
		return null;
	}

	private static int start(Shift shift, Weekday day) {
		return day.ordinal() * Shift.MINUTES_PER_DAY + shift.startTime().toSecondOfDay() / 60;
	}

	/** Two intervals of the circular week overlap when either starts inside the other. */
	private static boolean overlap(int startA, int lengthA, int startB, int lengthB) {
		return Math.floorMod(startB - startA, MINUTES_PER_WEEK) < lengthA
				|| Math.floorMod(startA - startB, MINUTES_PER_WEEK) < lengthB;
	}
}
