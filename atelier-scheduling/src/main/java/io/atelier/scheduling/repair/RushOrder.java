package io.atelier.scheduling.repair;

import java.util.List;

import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.Operation;

/**
 * A new job that goes ahead of all work not yet fixed. Its id and the ids of its operations continue the problem's
 * dense numbering (the next job index, the next operation indexes), as {@link io.atelier.scheduling.model.Problem}
 * requires.
 */
public record RushOrder(Job job, List<Operation> operations) implements RepairEvent {

	public RushOrder {
		operations = List.copyOf(operations);
		for (Operation operation : operations) {
			if (!operation.job().equals(job.id())) {
				throw new IllegalArgumentException(operation.id() + " belongs to another job than " + job.id());
			}
		}
	}
}
