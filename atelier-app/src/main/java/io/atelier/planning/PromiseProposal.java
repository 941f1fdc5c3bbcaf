package io.atelier.planning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The date an order can be promised for, and why (docs/planning.md, "Promise"): when production would complete if the
 * order were released now behind the current plan; the bought item that holds it back, if one does; how much work it
 * is; and the plan it was computed against.
 */
public record PromiseProposal(long orderId, String orderNumber, LocalDate requestedDate, LocalDate proposedDate,
		Instant productionCompletion, LimitingMaterial limitingMaterial, int workOrders, int operations,
		PlanBasis plan, long computeMillis) {

	/** The bought item whose arrival (today plus its lead time) makes the order complete later than it otherwise would. */
	public record LimitingMaterial(String itemCode, String itemName, String workOrderNumber, int leadTimeDays,
			LocalDate arrival) {
	}

	/** The plan a proposal was computed against: when it was made, how, how big it is and how long it took. */
	public record PlanBasis(Instant madeAt, String method, int orders, int operations, long buildMillis) {
	}
}
