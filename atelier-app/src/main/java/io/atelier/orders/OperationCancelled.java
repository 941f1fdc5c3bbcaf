package io.atelier.orders;

/** An operation of a work order was cancelled: see {@link WorkOrder}. */
public record OperationCancelled(long workOrderId, long operationId, String number) {
}
