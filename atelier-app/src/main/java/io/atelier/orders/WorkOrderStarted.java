package io.atelier.orders;

/** A work order of a customer order was started: see {@link WorkOrder}. */
public record WorkOrderStarted(long workOrderId, String number, long orderId) {
}
