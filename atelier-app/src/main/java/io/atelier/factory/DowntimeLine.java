package io.atelier.factory;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A planned downtime as the API and files show it: ISO-8601 instants with an offset (shown in the time zone of the
 * calendar concerned), the end after the start, and why.
 */
public record DowntimeLine(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
		@Size(max = 500) String reason) {
}
