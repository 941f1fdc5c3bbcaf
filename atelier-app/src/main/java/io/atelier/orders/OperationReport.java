package io.atelier.orders;

import java.math.BigDecimal;

/**
 * What an operator reports of an operation: a start, pause, resume or finish of their own work session, and the good,
 * scrapped and reworked quantities made since the last report (on {@code QUANTITY} and {@code FINISH}). A start
 * carrying an {@code overrideReason} (a supervisor's) starts even before the predecessors released enough quantity.
 */
public record OperationReport(long operationId, Kind kind, String operator, BigDecimal good, BigDecimal scrap,
		BigDecimal rework, String overrideReason) {

	public enum Kind {
		START, PAUSE, RESUME, FINISH, QUANTITY
	}

	public OperationReport {
		good = good == null ? BigDecimal.ZERO : good;
		scrap = scrap == null ? BigDecimal.ZERO : scrap;
		rework = rework == null ? BigDecimal.ZERO : rework;
	}

	boolean overridden() {
		return overrideReason != null && !overrideReason.isBlank();
	}
}
