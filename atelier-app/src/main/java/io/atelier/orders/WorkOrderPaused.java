package io.atelier.orders;

/** A work order of a customer order was paused: see {@link WorkOrder}. */
public record WorkOrderPaused(long workOrderId, String number, long orderId) {
}
