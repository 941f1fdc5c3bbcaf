package io.atelier.factory;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A day of the week as the API and import files write it: {@code MON} … {@code SUN}. */
public enum Weekday {

	MON, TUE, WED, THU, FRI, SAT, SUN;

	public DayOfWeek dayOfWeek() {
		return DayOfWeek.of(ordinal() + 1);
	}

	public static Weekday of(DayOfWeek day) {
		return values()[day.getValue() - 1];
	}

	/**
	 * Reads the days of a file cell, e.g. {@code MON,TUE,WED}, {@code MON TUE} or the range {@code MON-FRI}.
	 *
	 * @throws IllegalArgumentException when a part is not a day
	 */
	static Set<Weekday> parseList(String text) {
		EnumSet<Weekday> days = EnumSet.noneOf(Weekday.class);
		for (String part : text.trim().toUpperCase(Locale.ROOT).split("[\\s,;/]+")) {
			if (part.isEmpty()) {
				continue;
			}
			String[] range = part.split("-", -1);
			if (range.length > 2) {
				throw new IllegalArgumentException(part);
			}
			Weekday from = valueOf(range[0]);
			Weekday to = range.length == 2 ? valueOf(range[1]) : from;
			for (int i = from.ordinal(); ; i = (i + 1) % 7) {
				days.add(values()[i]);
				if (i == to.ordinal()) {
					break;
				}
			}
		}
		return days;
	}

	/** The days in week order as a file cell, e.g. {@code MON,TUE,WED}. */
	static String format(Collection<Weekday> days) {
		return EnumSet.copyOf(days.isEmpty() ? EnumSet.noneOf(Weekday.class) : days)
			.stream()
			.map(Weekday::name)
			.collect(Collectors.joining(","));
	}
}
