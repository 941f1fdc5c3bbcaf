package io.atelier.scheduling.model;

/** An operation can run on this machine in this many working minutes. */
public record Eligibility(MachineId machine, long processingMinutes) {
}
