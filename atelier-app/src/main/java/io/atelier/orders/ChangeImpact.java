package io.atelier.orders;

import java.math.BigDecimal;
import java.util.List;

/**
 * Which work orders a change touches (docs/orders.md, "Change requests"): not-started work re-exploded in place (same
 * number), added (numbers continue after the order's highest), removed (cancelled), and started work kept and flagged
 * for a decision. Computed when the change is requested, and again when it is approved.
 */
public record ChangeImpact(List<Entry> reexploded, List<Entry> added, List<Entry> removed, List<Entry> flagged,
		boolean orderCancelled) {

	/**
	 * One work order: its number, line and item, its quantity before and after ({@code newQuantity} empty when it is no
	 * longer needed), and for flagged work why ({@code QUANTITY_CHANGED}, {@code NO_LONGER_NEEDED},
	 * {@code ORDER_CANCELLED}).
	 */
	public record Entry(String number, int lineNo, String itemCode, BigDecimal quantity, BigDecimal newQuantity,
			String reason) {
	}

	public static ChangeImpact none() {
		return new ChangeImpact(List.of(), List.of(), List.of(), List.of(), false);
	}
}
