package io.atelier.orders;

/** Where a work order or an operation stands on the shop floor (docs/orders.md, "Work order and operation status"). */
public enum WorkStatus {
	PENDING, READY, IN_PROGRESS, PAUSED, DONE, CANCELLED
}
