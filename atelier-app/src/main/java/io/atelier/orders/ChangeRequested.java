package io.atelier.orders;

/** Someone asked to change a released order; an approver decides. */
public record ChangeRequested(long changeRequestId, long orderId, String orderNumber, ChangeKind kind,
		String requestedBy) {
}
