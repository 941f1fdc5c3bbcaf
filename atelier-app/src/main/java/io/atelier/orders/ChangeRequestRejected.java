package io.atelier.orders;

/** A change request was rejected; the order did not change. */
public record ChangeRequestRejected(long changeRequestId, long orderId, String orderNumber, String decidedBy,
		String note) {
}
