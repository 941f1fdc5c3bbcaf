package io.atelier.orders;

import java.util.EnumSet;
import java.util.Set;

/** Where an order is in its life (docs/orders.md has the diagram). */
public enum OrderStatus {
	DRAFT, CONFIRMED, RELEASED, IN_PRODUCTION, COMPLETED, SHIPPED, ON_HOLD, CANCELLED;

	/** Orders that are finished with, one way or another: never late, never at risk. */
	public static final Set<OrderStatus> CLOSED = EnumSet.of(COMPLETED, SHIPPED, CANCELLED);

	/** Orders whose production has not started yet: those an approaching due date puts at risk. */
	public static final Set<OrderStatus> NOT_STARTED = EnumSet.of(DRAFT, CONFIRMED, RELEASED, ON_HOLD);

	public boolean isClosed() {
		return CLOSED.contains(this);
	}
}
