package io.atelier.orders;

/** A work order of a customer order was released to the shop floor: see {@link WorkOrder}. */
public record WorkOrderReleased(long workOrderId, String number, long orderId) {
}
