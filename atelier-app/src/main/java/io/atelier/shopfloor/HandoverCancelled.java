package io.atelier.shopfloor;

/** The sender withdrew a handover before it was received. */
public record HandoverCancelled(long handoverId, long workOrderId, long fromOperationId, String cancelledBy) {
}
