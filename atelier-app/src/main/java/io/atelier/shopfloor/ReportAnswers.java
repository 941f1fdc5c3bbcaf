package io.atelier.shopfloor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.atelier.orders.OperationProgress;
import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the answers to reports as JSON, in the language of the request that first sent the report: a retry gets
 * the same bytes. Refusals are RFC 9457 problems naming the field, with the report's status and exception id.
 */
@Component
class ReportAnswers {

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	ReportAnswers(MessageSource messages) {
		this.messages = messages;
	}

	/** Why the orders module refused a report: the field and the reason in the caller's language. */
	record Refusal(String field, String reason) {
	}

	static boolean isRefusal(RuntimeException ex) {
		return ex instanceof ConflictException || ex instanceof RuleViolationException
				|| ex instanceof NotFoundException;
	}

	Refusal refusal(RuntimeException ex, ProductionReport report) {
		if (ex instanceof ConflictException conflict) {
			return new Refusal(conflict.field(), text(conflict.messageKey(), conflict.args().toArray()));
		}
		if (ex instanceof RuleViolationException violation) {
			FieldError error = violation.errors().get(0);
			return new Refusal(error.field(), text(error.messageKey(), error.args().toArray()));
		}
		return new Refusal("operationId", text("shopfloor.report.operation.unknown", report.operationId()));
	}

	ReportOutcome applied(ProductionReport report, OperationProgress progress,
			List<ParameterReadings.Reading> outOfLimits) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("eventId", report.eventId());
		body.put("reportStatus", ReportJournal.APPLIED);
		body.put("operation", progress);
		if (!outOfLimits.isEmpty()) { // accepted, but the phone warns the operator
			body.put("warnings", outOfLimits.stream().map(this::warning).toList());
		}
		return new ReportOutcome(200, json.writeValueAsString(body));
	}

	private Map<String, Object> warning(ParameterReadings.Reading reading) {
		String unit = reading.unit() == null ? "" : " " + reading.unit();
		String message = reading.below()
				? text("shopfloor.parameter.below", reading.code(), plain(reading.value()) + unit,
						plain(reading.min()) + unit)
				: text("shopfloor.parameter.above", reading.code(), plain(reading.value()) + unit,
						plain(reading.max()) + unit);
		Map<String, Object> warning = new LinkedHashMap<>();
		warning.put("field", "parameters." + reading.code());
		warning.put("code", "OUT_OF_LIMITS");
		warning.put("value", reading.value());
		warning.put("min", reading.min());
		warning.put("max", reading.max());
		warning.put("message", message);
		return warning;
	}

	private static String plain(java.math.BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	ReportOutcome pending(ProductionReport report, long lastSeq) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("eventId", report.eventId());
		body.put("reportStatus", ReportJournal.PENDING);
		body.put("deviceId", report.deviceId());
		body.put("waitingForSeq", lastSeq + 1);
		return new ReportOutcome(202, json.writeValueAsString(body));
	}

	ReportOutcome rejected(ProductionReport report, Refusal refusal, long exceptionId) {
		Map<String, Object> body = problem("report-rejected", 422, text("shopfloor.report.rejected.title"),
				refusal.reason(), refusal.field());
		body.put("eventId", report.eventId());
		body.put("reportStatus", ReportJournal.REJECTED);
		body.put("exceptionId", exceptionId);
		return new ReportOutcome(422, json.writeValueAsString(body));
	}

	ReportOutcome conflict(ProductionReport report) {
		Map<String, Object> body = problem("report-conflict", 409, text("problem.conflict.title"),
				text("shopfloor.report.conflict", report.eventId()), "eventId");
		body.put("eventId", report.eventId());
		return new ReportOutcome(409, json.writeValueAsString(body));
	}

	/** A report that cannot be taken as it is (not stored: the phone must correct it). */
	ReportOutcome invalid(RuleViolationException ex) {
		List<Map<String, Object>> errors = ex.errors()
			.stream()
			.map(error -> Map.<String, Object>of("field", error.field(), "message",
					text(error.messageKey(), error.args().toArray())))
			.toList();
		Map<String, Object> body = problem("invalid", 422, text("problem.invalid.title"), text("problem.invalid.detail"),
				null);
		body.put("errors", errors);
		return new ReportOutcome(422, json.writeValueAsString(body));
	}

	String payload(ProductionReport report) {
		return json.writeValueAsString(report);
	}

	private Map<String, Object> problem(String kind, int status, String title, String detail, String field) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "https://atelier.io/problems/" + kind);
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		body.put("errors", field == null ? List.of() : List.of(Map.of("field", field, "message", detail)));
		return body;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
