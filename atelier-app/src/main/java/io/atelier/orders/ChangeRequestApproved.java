package io.atelier.orders;

import java.util.List;

/**
 * A change request was approved and applied: the order changed, its work orders were adjusted, and the plan must follow
 * ({@code rescheduleRequested}): the planning module reschedules the work orders named here.
 */
public record ChangeRequestApproved(long changeRequestId, long orderId, String orderNumber, ChangeKind kind,
		String decidedBy, boolean rescheduleRequested, List<String> reexploded, List<String> added,
		List<String> cancelled, List<String> flagged) {
}
