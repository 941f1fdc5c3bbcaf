package io.atelier.orders;

/** Everything the order asks for was made. */
public record OrderCompleted(long orderId, String orderNumber) {
}
