package io.atelier.scheduling.repair;

import io.atelier.scheduling.model.WorkerId;

/** The worker is not at work in {@code [from, to)}. */
public record WorkerAbsence(WorkerId worker, long from, long to) implements RepairEvent {

	public WorkerAbsence {
		if (to <= from) {
			throw new IllegalArgumentException("an absence ends after it starts: [" + from + ", " + to + ")");
		}
	}
}
