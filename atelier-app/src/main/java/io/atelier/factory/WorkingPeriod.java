package io.atelier.factory;

import java.time.Duration;
import java.time.Instant;

/**
 * A concrete stretch of working time: part or all of one shift on one day, after holidays and planned downtime are
 * taken out. {@code shift} names the shift it belongs to.
 */
public record WorkingPeriod(Instant start, Instant end, String shift) {

	public Duration duration() {
		return Duration.between(start, end);
	}

	public long minutes() {
		return duration().toMinutes();
	}
}
