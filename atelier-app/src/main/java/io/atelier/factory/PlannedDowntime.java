package io.atelier.factory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Planned time without work (计划停机): a plant shutdown in a calendar, or the maintenance of one machine. */
@Embeddable
record PlannedDowntime(@Column(name = "starts_at", nullable = false) Instant startsAt,
		@Column(name = "ends_at", nullable = false) Instant endsAt, @Column(length = 500) String reason) {
}
