package io.atelier.orders;

/** An operation of a work order was finished: see {@link WorkOrder}. */
public record OperationFinished(long workOrderId, long operationId, String number) {
}
