package io.atelier.orders;

/** An operation of a work order was resumed: see {@link WorkOrder}. */
public record OperationResumed(long workOrderId, long operationId, String number) {
}
