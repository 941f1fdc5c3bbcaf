package io.atelier.orders;

/** The order left the factory. */
public record OrderShipped(long orderId, String orderNumber) {
}
