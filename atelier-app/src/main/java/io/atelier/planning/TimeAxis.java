package io.atelier.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The engine's time: whole minutes from {@code origin} (the instant a plan is made, "now", to the minute), with dates
 * read as days in the factory's time zone. Minute 0 is now; earlier instants are negative.
 */
public record TimeAxis(Instant origin, ZoneId zone) {

	public static TimeAxis startingAt(Instant now, ZoneId zone) {
		return new TimeAxis(now.truncatedTo(ChronoUnit.MINUTES), zone);
	}

	/** The minute of an instant, rounded down. */
	public long minute(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond() - origin.getEpochSecond(), 60);
	}

	public Instant instant(long minute) {
		return origin.plusSeconds(minute * 60);
	}

	/** The first minute of a day (midnight in the factory's zone). */
	public long startOf(LocalDate date) {
		return minute(date.atStartOfDay(zone).toInstant());
	}

	/** The day on which work that ends at {@code end} (exclusive) does its last minute. */
	public LocalDate dayOfLastMinute(long end) {
		return instant(end - 1).atZone(zone).toLocalDate();
	}

	public LocalDate today() {
		return origin.atZone(zone).toLocalDate();
	}
}
