package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.time.Instant;

/** The receiving workshop counted and confirmed a handover; {@code discrepancy}: the count differs from what was sent. */
public record HandoverReceived(long handoverId, long workOrderId, long toOperationId, long toWorkshopId,
		BigDecimal sent, BigDecimal counted, String receivedBy, Instant receivedAt, boolean discrepancy) {
}
