package io.atelier.orders;

import java.math.BigDecimal;
import java.util.List;

/**
 * An operation after a report: its status and its work order's, the quantity it received (from its predecessors, or
 * the work order's quantity for a first operation), the good, scrapped and reworked quantities reported, and the
 * operators' work sessions.
 */
public record OperationProgress(long operationId, String number, WorkStatus status, long workOrderId,
		WorkStatus workOrderStatus, BigDecimal received, BigDecimal good, BigDecimal scrap, BigDecimal rework,
		List<Session> sessions) {

	public record Session(String operator, String status) {
	}
}
