package io.atelier.orders;

/** The order was put on hold, from the status it had, for the reason given. */
public record OrderHeld(long orderId, String orderNumber, OrderStatus heldFrom, String reason) {
}
