package io.atelier.orders;

/** The order was released to production: its work orders were written in the same transaction. */
public record OrderReleased(long orderId, String orderNumber) {
}
