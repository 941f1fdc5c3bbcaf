package io.atelier.scheduling.model;

import java.util.List;
import java.util.Optional;

/** A schedule: the placement of operations. It may be incomplete or infeasible until the checker says otherwise. */
public record Schedule(List<ScheduledOperation> operations) {

	public Schedule {
		operations = List.copyOf(operations);
	}

	public Optional<ScheduledOperation> of(OperationId operation) {
		return operations.stream().filter(s -> s.operation().equals(operation)).findFirst();
	}
}
