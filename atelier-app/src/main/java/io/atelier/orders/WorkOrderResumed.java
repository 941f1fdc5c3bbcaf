package io.atelier.orders;

/** A work order of a customer order was resumed: see {@link WorkOrder}. */
public record WorkOrderResumed(long workOrderId, String number, long orderId) {
}
