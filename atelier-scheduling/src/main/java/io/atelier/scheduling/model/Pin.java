package io.atelier.scheduling.model;

/**
 * An operation that has started, or that a planner fixed, stays on this machine at this start. Its predecessors are
 * expected to be pinned too (the predecessors of started work have finished): pins are placed first, and the checker
 * reports a pin that contradicts its predecessors.
 */
public record Pin(MachineId machine, long start) {
}
