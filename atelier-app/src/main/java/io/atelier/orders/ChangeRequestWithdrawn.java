package io.atelier.orders;

/** The requester withdrew a change request before it was decided; the order did not change. */
public record ChangeRequestWithdrawn(long changeRequestId, long orderId, String orderNumber, String withdrawnBy) {
}
