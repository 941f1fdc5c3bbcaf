package io.atelier.factory;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * A shift (班次) of a calendar: wall-clock start and end in the calendar's time zone, on the weekdays it starts. An end
 * before the start means the shift ends the next morning (a night shift belongs to the day it starts on).
 */
@Embeddable
record Shift(@Column(nullable = false, length = 100) String name,
		@Column(name = "start_time", nullable = false) LocalTime startTime,
		@Column(name = "end_time", nullable = false) LocalTime endTime,
		@Column(nullable = false, length = 40) @Convert(converter = WeekdaysConverter.class) Set<Weekday> days) {

	static final int MINUTES_PER_DAY = 24 * 60;

	Shift {
		days = days == null || days.isEmpty() ? EnumSet.noneOf(Weekday.class) : EnumSet.copyOf(days);
	}

	boolean crossesMidnight() {
		return endTime.isBefore(startTime);
	}

	/** How long the shift lasts on the clock (a DST change may add or take an hour on the day itself). */
	int lengthMinutes() {
		int start = startTime.toSecondOfDay() / 60;
		int end = endTime.toSecondOfDay() / 60;
		return crossesMidnight() ? end + MINUTES_PER_DAY - start : end - start;
	}
}
