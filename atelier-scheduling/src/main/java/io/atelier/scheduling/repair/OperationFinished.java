package io.atelier.scheduling.repair;

import io.atelier.scheduling.model.OperationId;

/** A started operation finished at {@code at}, typically before its planned end. */
public record OperationFinished(OperationId operation, long at) implements RepairEvent {
}
