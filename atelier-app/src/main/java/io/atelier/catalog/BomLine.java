package io.atelier.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line of a bill of materials: how much of a component one unit of the parent takes, and the share of the component
 * lost on the way (so that {@code quantity / (1 - scrapFactor)} has to be issued).
 */
@Embeddable
class BomLine {

	static final int SCALE = 4;

	@Column(name = "component_item_id", nullable = false)
	private long componentItemId;

	@Column(nullable = false, precision = 14, scale = SCALE)
	private BigDecimal quantity;

	@Column(nullable = false, precision = 5, scale = SCALE)
	private BigDecimal scrapFactor;

	protected BomLine() {
	}

	BomLine(long componentItemId, BigDecimal quantity, BigDecimal scrapFactor) {
		this.componentItemId = componentItemId;
		// the database keeps four decimals; comparing lines needs the same scale on both sides
		this.quantity = quantity.setScale(SCALE, RoundingMode.HALF_UP);
		this.scrapFactor = (scrapFactor == null ? BigDecimal.ZERO : scrapFactor).setScale(SCALE, RoundingMode.HALF_UP);
	}

	long componentItemId() {
		return componentItemId;
	}

	BigDecimal quantity() {
		return quantity;
	}

	BigDecimal scrapFactor() {
		return scrapFactor;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BomLine line && line.componentItemId == componentItemId
				&& line.quantity.compareTo(quantity) == 0 && line.scrapFactor.compareTo(scrapFactor) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(componentItemId, quantity.stripTrailingZeros(), scrapFactor.stripTrailingZeros());
	}

	@Override
	public String toString() {
		return "%d × %s (scrap %s)".formatted(componentItemId, quantity.stripTrailingZeros().toPlainString(),
				scrapFactor.stripTrailingZeros().toPlainString());
	}
}
