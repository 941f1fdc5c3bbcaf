package io.atelier.orders;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A machine that can do an operation, with its run minutes per unit, its setup, and the run minutes of the whole work
 * order quantity on it.
 */
@Embeddable
record OperationMachine(@Column(nullable = false) long machineId,
		@Column(nullable = false) BigDecimal runMinutesPerUnit, @Column(nullable = false) int setupMinutes,
		@Column(nullable = false) BigDecimal runMinutes) {
}
