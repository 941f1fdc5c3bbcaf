package io.atelier.scheduling.repair;

import io.atelier.scheduling.model.OperationId;

/**
 * Work that keeps its start (started, frozen, pinned, or simply not moved) and that the event pauses in
 * {@code [from, to)}, so that it ends later: its machine is down, or its crew is away with nobody free to take over.
 */
public record Interruption(OperationId operation, Cause cause, long from, long to) {

	public enum Cause {
		MACHINE_DOWN, WORKER_ABSENT
	}
}
