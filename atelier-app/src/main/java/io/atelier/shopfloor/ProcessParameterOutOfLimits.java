package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A report recorded a process parameter outside the limits its operation's routing step sets: the report was applied
 * and the value flagged (docs/shopfloor.md, "Traceability"). {@code min} or {@code max} is empty when the step sets no
 * such limit.
 */
public record ProcessParameterOutOfLimits(UUID eventId, long operationId, String code, BigDecimal value,
		BigDecimal min, BigDecimal max, String unit, String operator, Instant occurredAt) {
}
