package io.atelier.orders;

/** The customer's order was confirmed: the factory accepted it as entered. */
public record OrderConfirmed(long orderId, String orderNumber) {
}
