package io.atelier.orders;

/**
 * Where a work order or an operation stands on the shop floor (docs/orders.md, "Work order and operation status").
 * {@code MERGED}: not started and merged into a batch work order, which makes it instead ("Split and merge").
 */
public enum WorkStatus {
	PENDING, READY, IN_PROGRESS, PAUSED, DONE, CANCELLED, MERGED
}
