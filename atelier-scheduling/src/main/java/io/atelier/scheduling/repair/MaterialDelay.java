package io.atelier.scheduling.repair;

import io.atelier.scheduling.model.OperationId;

/** The material of an operation arrives late: it cannot start before {@code availableAt}. */
public record MaterialDelay(OperationId operation, long availableAt) implements RepairEvent {
}
