package io.atelier.shopfloor.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.atelier.orders.OperationReport;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shopfloor.ProductionReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report as the phone sends it. {@code workerId} names the worker when a supervisor or team lead reports for
 * someone; without it the report is the signed-in user's (their linked worker's, else their user name's). {@code overrideReason} (a supervisor's, on START) starts an
 * operation before its predecessors released enough.
 */
record ReportRequest(UUID eventId, String deviceId, Long deviceSeq, Long operationId, String kind, BigDecimal good,
		BigDecimal scrap, String scrapReason, BigDecimal rework, String pauseReason, OffsetDateTime occurredAt,
		Long workerId, String overrideReason, Map<String, Object> parameters) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The report, or a 422 naming every field at fault (such a report is not stored: the phone must correct it). */
	ProductionReport toReport(String username, String signedInOperator, boolean supervisor) {
		List<FieldError> errors = new ArrayList<>();
		required(errors, "eventId", eventId);
		required(errors, "deviceId", deviceId == null || deviceId.isBlank() ? null : deviceId);
		required(errors, "operationId", operationId);
		required(errors, "occurredAt", occurredAt);
		if (deviceSeq == null || deviceSeq < 1) {
			errors.add(FieldError.of("deviceSeq", "shopfloor.report.seq.positive"));
		}
		OperationReport.Kind parsed = parsedKind();
		if (parsed == null) {
			errors.add(FieldError.of("kind", "shopfloor.report.kind.invalid"));
		}
		boolean counts = parsed == OperationReport.Kind.QUANTITY || parsed == OperationReport.Kind.FINISH;
		quantity(errors, "good", good, counts);
		quantity(errors, "scrap", scrap, counts);
		quantity(errors, "rework", rework, counts);
		if (scrap != null && scrap.signum() > 0 && (scrapReason == null || scrapReason.isBlank())) {
			errors.add(FieldError.of("scrapReason", "shopfloor.report.scrap-reason.required"));
		}
		if (overrideReason != null && !overrideReason.isBlank()) {
			if (!supervisor) {
				errors.add(FieldError.of("overrideReason", "shopfloor.report.override.supervisor"));
			}
			else if (parsed != OperationReport.Kind.START) {
				errors.add(FieldError.of("overrideReason", "shopfloor.report.override.start-only"));
			}
		}
		longest(errors, "deviceId", deviceId, 100);
		longest(errors, "scrapReason", scrapReason, 200);
		longest(errors, "pauseReason", pauseReason, 200);
		longest(errors, "overrideReason", overrideReason, 500);
		if (!errors.isEmpty()) {
			throw new RuleViolationException(errors);
		}
		String operator = workerId != null ? "worker:" + workerId : signedInOperator;
		return new ProductionReport(eventId, deviceId, deviceSeq, operationId, parsed, good, scrap, blankToNull(scrapReason),
				rework, blankToNull(pauseReason), occurredAt.toInstant(), operator, username,
				blankToNull(overrideReason), parameters == null ? null : JSON.writeValueAsString(new TreeMap<>(parameters)));
	}

	private OperationReport.Kind parsedKind() {
		try {
			return kind == null ? null : OperationReport.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void required(List<FieldError> errors, String field, Object value) {
		if (value == null) {
			errors.add(FieldError.of(field, "validation.required"));
		}
	}

	private static void quantity(List<FieldError> errors, String field, BigDecimal value, boolean counts) {
		if (value == null || value.signum() == 0) {
			return;
		}
		if (value.signum() < 0) {
			errors.add(FieldError.of(field, "shopfloor.report.quantity.negative"));
		}
		else if (!counts) {
			errors.add(FieldError.of(field, "shopfloor.report.quantity.not-allowed"));
		}
		else if (value.scale() > 4 || value.precision() - value.scale() > 10) {
			errors.add(FieldError.of(field, "validation.malformed-value"));
		}
	}

	private static void longest(List<FieldError> errors, String field, String value, int max) {
		if (value != null && value.length() > max) {
			errors.add(FieldError.of(field, "shopfloor.report.too-long", max));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
