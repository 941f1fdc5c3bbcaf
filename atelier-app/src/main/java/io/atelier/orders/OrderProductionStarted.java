package io.atelier.orders;

/** Production of the order started. */
public record OrderProductionStarted(long orderId, String orderNumber) {
}
