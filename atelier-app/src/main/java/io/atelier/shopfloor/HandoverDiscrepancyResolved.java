package io.atelier.shopfloor;

import java.math.BigDecimal;

/** A supervisor decided which quantity of a handover stands ({@code ACCEPT_COUNTED}, {@code ACCEPT_SENT}, {@code RECOUNT}). */
public record HandoverDiscrepancyResolved(long discrepancyId, long handoverId, String resolution, BigDecimal accepted,
		String reason, String resolvedBy) {
}
