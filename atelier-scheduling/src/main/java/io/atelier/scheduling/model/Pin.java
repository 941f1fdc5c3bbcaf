package io.atelier.scheduling.model;

import java.util.List;

/**
 * An operation that has started, or that a planner fixed, stays on this machine at this start, with these workers when
 * they are given (those of started work are known). Its predecessors are
 * expected to be pinned too (the predecessors of started work have finished): pins are placed first, and the checker
 * reports a pin that contradicts its predecessors.
 */
public record Pin(MachineId machine, long start, List<WorkerId> workers) {

	public Pin {
		workers = List.copyOf(workers);
	}

	/** A pin that leaves the choice of workers to the scheduler. */
	public Pin(MachineId machine, long start) {
		this(machine, start, List.of());
	}
}
