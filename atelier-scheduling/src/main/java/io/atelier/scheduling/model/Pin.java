package io.atelier.scheduling.model;

/** An operation that has started, or that a planner fixed, stays on this machine at this start. */
public record Pin(MachineId machine, long start) {
}
