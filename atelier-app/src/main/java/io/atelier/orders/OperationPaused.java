package io.atelier.orders;

/** An operation of a work order was paused: see {@link WorkOrder}. */
public record OperationPaused(long workOrderId, long operationId, String number) {
}
