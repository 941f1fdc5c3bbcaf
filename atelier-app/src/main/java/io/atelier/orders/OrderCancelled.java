package io.atelier.orders;

/** The order was cancelled, for the reason given. */
public record OrderCancelled(long orderId, String orderNumber, OrderStatus cancelledFrom, String reason) {
}
