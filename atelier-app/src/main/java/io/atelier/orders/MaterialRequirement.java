package io.atelier.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A bought item a work order consumes: how much (scrap included), by when (the work order's planned start), and the
 * item's purchase lead time, so that a buyer sees what must be ordered today.
 */
@Embeddable
record MaterialRequirement(@Column(nullable = false) long itemId, @Column(nullable = false) String itemCode,
		@Column(nullable = false) String itemName, @Column(nullable = false) String unit,
		@Column(nullable = false) BigDecimal quantity, @Column(nullable = false) LocalDate needDate,
		Integer leadTimeDays) {
}
