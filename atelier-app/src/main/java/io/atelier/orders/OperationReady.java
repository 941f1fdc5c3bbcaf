package io.atelier.orders;

/** An operation of a work order became ready (its predecessors are done): see {@link WorkOrder}. */
public record OperationReady(long workOrderId, long operationId, String number) {
}
