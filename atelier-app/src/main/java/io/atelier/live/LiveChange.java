package io.atelier.live;

import java.math.BigDecimal;

/**
 * What changed, as small as a browser needs to know whether to refresh: the kind ({@code operation}, {@code workOrder},
 * {@code order}, {@code overrun}, {@code exception}: a report entered or left the exception queue), the order, work order and operation it concerns, the new status and the good and
 * scrapped quantities. {@code customerId} is the order's customer: used to filter, never sent to a browser.
 */
record LiveChange(String kind, long orderId, Long workOrderId, Long operationId, String status, BigDecimal good,
		BigDecimal scrap, long customerId) {

	/** What a browser receives. */
	record Sent(String kind, long orderId, Long workOrderId, Long operationId, String status, BigDecimal good,
			BigDecimal scrap) {
	}

	Sent sent() {
		return new Sent(kind, orderId, workOrderId, operationId, status, good, scrap);
	}

	/** Whether staff only may see it (overruns and refused reports are the factory's own business). */
	boolean staffOnly() {
		return "overrun".equals(kind) || "exception".equals(kind);
	}
}
