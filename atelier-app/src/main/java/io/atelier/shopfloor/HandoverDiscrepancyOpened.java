package io.atelier.shopfloor;

import java.math.BigDecimal;

/** A handover was counted differently from what was sent; the supervisors of both workshops decide. */
public record HandoverDiscrepancyOpened(long discrepancyId, long handoverId, long fromWorkshopId, long toWorkshopId,
		BigDecimal sent, BigDecimal counted, BigDecimal difference, String sentBy, String receivedBy) {
}
