package io.atelier.orders;

/** A work order of a customer order was finished: see {@link WorkOrder}. */
public record WorkOrderFinished(long workOrderId, String number, long orderId) {
}
