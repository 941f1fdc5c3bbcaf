package io.atelier.scheduling.repair;

import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.WorkerId;

/** Work kept at its start whose worker is away, and the free qualified worker the repair names instead. */
public record WorkerReplacement(OperationId operation, WorkerId absent, WorkerId replacement) {
}
