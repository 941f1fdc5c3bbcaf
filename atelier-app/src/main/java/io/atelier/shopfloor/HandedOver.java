package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.time.Instant;

/** A workshop scanned out a quantity for the next operation in another workshop (docs/shopfloor.md, "Handovers"). */
public record HandedOver(long handoverId, long workOrderId, long fromOperationId, long toOperationId,
		long fromWorkshopId, long toWorkshopId, BigDecimal quantity, String sentBy, Instant sentAt) {
}
