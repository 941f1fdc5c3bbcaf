package io.atelier.orders;

import java.math.BigDecimal;

/**
 * The shop floor's settings for applying reports (docs/shopfloor.md): the transfer batch a predecessor must have
 * released before an operation starts ({@code null}: the whole quantity, i.e. the predecessors are done), the
 * over-report tolerance in percent of the received quantity, and whether an operator may run several operations at
 * once.
 */
public record ReportRules(BigDecimal transferBatch, BigDecimal overReportTolerancePercent,
		boolean parallelOperations) {

	public ReportRules {
		overReportTolerancePercent = overReportTolerancePercent == null ? BigDecimal.ZERO : overReportTolerancePercent;
	}
}
