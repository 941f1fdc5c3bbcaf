package io.atelier.orders;

/** The order was released to production: the explosion into work orders (a later item) starts from this. */
public record OrderReleased(long orderId, String orderNumber) {
}
