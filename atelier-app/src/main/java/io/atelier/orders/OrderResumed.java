package io.atelier.orders;

/** The order was taken off hold, back to the status it was held from. */
public record OrderResumed(long orderId, String orderNumber, OrderStatus status) {
}
