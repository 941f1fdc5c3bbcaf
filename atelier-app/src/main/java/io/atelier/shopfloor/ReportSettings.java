package io.atelier.shopfloor;

import java.math.BigDecimal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.atelier.orders.ReportRules;

/**
 * The report rules as the factory sets them in {@code application.yml} or the environment (docs/shopfloor.md):
 * {@code atelier.shopfloor.transfer-batch} (empty: the whole quantity), {@code over-report-tolerance-percent} and
 * {@code parallel-operations}.
 */
@Component
class ReportSettings {

	private final ReportRules rules;

	ReportSettings(@Value("${atelier.shopfloor.transfer-batch:}") BigDecimal transferBatch,
			@Value("${atelier.shopfloor.over-report-tolerance-percent:0}") BigDecimal tolerancePercent,
			@Value("${atelier.shopfloor.parallel-operations:false}") boolean parallelOperations) {
		this.rules = new ReportRules(transferBatch, tolerancePercent, parallelOperations);
	}

	ReportRules rules() {
		return rules;
	}
}
