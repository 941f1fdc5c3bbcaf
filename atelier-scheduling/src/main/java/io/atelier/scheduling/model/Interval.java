package io.atelier.scheduling.model;

/** A half-open interval of minutes {@code [start, end)}. */
public record Interval(long start, long end) {

	public Interval {
		if (end < start) {
			throw new IllegalArgumentException("an interval ends after it starts: [" + start + ", " + end + ")");
		}
	}
}
