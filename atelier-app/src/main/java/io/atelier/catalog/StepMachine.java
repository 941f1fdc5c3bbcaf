package io.atelier.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A machine that can do a routing step, with its own speed: the run time per unit made and the setup time before a
 * batch, so that the scheduler can choose the faster or the free machine.
 */
@Embeddable
class StepMachine {

	static final int SCALE = 4;

	@Column(name = "machine_id", nullable = false)
	private long machineId;

	@Column(nullable = false, precision = 12, scale = SCALE)
	private BigDecimal runMinutesPerUnit;

	@Column(nullable = false)
	private int setupMinutes;

	protected StepMachine() {
	}

	StepMachine(long machineId, BigDecimal runMinutesPerUnit, int setupMinutes) {
		this.machineId = machineId;
		this.runMinutesPerUnit = runMinutesPerUnit.setScale(SCALE, RoundingMode.HALF_UP);
		this.setupMinutes = setupMinutes;
	}

	long machineId() {
		return machineId;
	}

	BigDecimal runMinutesPerUnit() {
		return runMinutesPerUnit;
	}

	int setupMinutes() {
		return setupMinutes;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StepMachine m && m.machineId == machineId
				&& m.runMinutesPerUnit.compareTo(runMinutesPerUnit) == 0 && m.setupMinutes == setupMinutes;
	}

	@Override
	public int hashCode() {
		return Objects.hash(machineId, runMinutesPerUnit.stripTrailingZeros(), setupMinutes);
	}

	@Override
	public String toString() {
		return "machine %d: %s min/unit, setup %d min".formatted(machineId,
				runMinutesPerUnit.stripTrailingZeros().toPlainString(), setupMinutes);
	}
}
