package io.atelier.orders;

/**
 * How urgent an order is. {@code RUSH} (急单) is an order the factory agreed to squeeze in ahead of others; the order's
 * {@code rush} flag is true exactly then. Ranks order lists and, later, the scheduler's weights.
 */
public enum Priority {
	LOW, NORMAL, HIGH, RUSH;

	public boolean isRush() {
		return this == RUSH;
	}
}
