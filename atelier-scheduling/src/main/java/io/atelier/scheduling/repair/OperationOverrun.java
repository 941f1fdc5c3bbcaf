package io.atelier.scheduling.repair;

import io.atelier.scheduling.model.OperationId;

/** A started operation runs past its planned end and is now expected to end at {@code expectedEnd}. */
public record OperationOverrun(OperationId operation, long expectedEnd) implements RepairEvent {
}
