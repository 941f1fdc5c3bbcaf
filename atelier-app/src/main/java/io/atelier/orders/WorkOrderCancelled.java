package io.atelier.orders;

/** A work order of a customer order was cancelled: see {@link WorkOrder}. */
public record WorkOrderCancelled(long workOrderId, String number, long orderId) {
}
