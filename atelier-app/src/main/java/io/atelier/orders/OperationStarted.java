package io.atelier.orders;

/** An operation of a work order was started: see {@link WorkOrder}. */
public record OperationStarted(long workOrderId, long operationId, String number) {
}
