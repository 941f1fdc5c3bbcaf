package io.atelier.scheduling.repair;

import io.atelier.scheduling.model.MachineId;

/** The machine does not work in {@code [from, to)}: a breakdown or unplanned maintenance. */
public record MachineDowntime(MachineId machine, long from, long to) implements RepairEvent {

	public MachineDowntime {
		if (to <= from) {
			throw new IllegalArgumentException("a downtime ends after it starts: [" + from + ", " + to + ")");
		}
	}
}
