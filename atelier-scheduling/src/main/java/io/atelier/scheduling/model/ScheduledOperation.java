package io.atelier.scheduling.model;

import java.util.List;

/** Where and when an operation runs, who works on it, and how many working minutes of setup precede it. */
public record ScheduledOperation(OperationId operation, MachineId machine, long start, long end,
		List<WorkerId> workers, long setupMinutes) {

	public ScheduledOperation {
		workers = List.copyOf(workers);
	}
}
