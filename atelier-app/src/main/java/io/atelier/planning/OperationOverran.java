package io.atelier.planning;

import java.time.Instant;

/**
 * An operation in progress ran past the end the current plan gives it: what the scheduler's repair acts on (raised once
 * per operation and planned end by {@link OverrunCheck}).
 */
public record OperationOverran(long operationId, String number, long workOrderId, long orderId, Instant plannedEnd,
		Instant detectedAt) {
}
