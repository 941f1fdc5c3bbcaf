package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.atelier.orders.OperationReport;
import io.atelier.orders.OperationTraces;
import io.atelier.orders.OperationTraces.ParameterSpec;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.RuleViolationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The process parameters of a report, checked against the definitions its operation copied from the routing step at
 * release (docs/shopfloor.md, "Traceability"). An unknown code, a value that is not a number, a required parameter
 * missing when the operation finishes, or a machine the operation cannot run on make the report invalid (422, not
 * stored); a value outside the limits is accepted, flagged, answered with a warning and published as
 * {@link ProcessParameterOutOfLimits}. An operation whose step defines no parameters keeps what it is sent as it is.
 */
@Component
class ParameterReadings {

	/** One value as recorded, with the limits it was checked against. */
	record Reading(String code, BigDecimal value, String unit, BigDecimal min, BigDecimal max, boolean outOfLimits) {

		boolean below() {
			return min != null && value.compareTo(min) < 0;
		}
	}

	private final OperationTraces operations;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final JsonMapper json = JsonMapper.builder().build();

	ParameterReadings(OperationTraces operations, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.operations = operations;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Throws a 422 naming {@code parameters.<code>} or {@code machineId} when the report cannot be taken. */
	void check(ProductionReport report) {
		List<FieldError> errors = new ArrayList<>();
		if (report.machineId() != null) {
			operations.find(report.operationId())
				.filter(op -> !op.machineIds().contains(report.machineId()))
				.ifPresent(op -> errors.add(FieldError.of("machineId", "shopfloor.parameter.machine", op.number())));
		}
		boolean finishing = report.kind() == OperationReport.Kind.FINISH;
		if (report.parameters() != null || finishing) {
			List<ParameterSpec> specs = operations.spec(report.operationId()).parameters();
			if (!specs.isEmpty()) {
				check(report, specs, finishing, errors);
			}
		}
		if (!errors.isEmpty()) {
			throw new RuleViolationException(errors);
		}
	}

	private void check(ProductionReport report, List<ParameterSpec> specs, boolean finishing, List<FieldError> errors) {
		Map<String, ParameterSpec> byCode = byCode(specs);
		Map<String, JsonNode> given = given(report);
		given.forEach((code, node) -> {
			if (!byCode.containsKey(code)) {
				errors.add(FieldError.of("parameters." + code, "shopfloor.parameter.unknown", String.join(", ",
						byCode.keySet())));
			}
			else if (!node.isNull() && number(node) == null) {
				errors.add(FieldError.of("parameters." + code, "shopfloor.parameter.not-number"));
			}
		});
		if (finishing) {
			Set<String> recorded = null;
			for (ParameterSpec spec : specs) {
				JsonNode node = given.get(spec.code());
				if (spec.required() && (node == null || node.isNull())) {
					recorded = recorded != null ? recorded : recordedBefore(report.operationId());
					if (!recorded.contains(spec.code())) {
						errors.add(FieldError.of("parameters." + spec.code(), "shopfloor.parameter.required",
								spec.name()));
					}
				}
			}
		}
	}

	/**
	 * Records the values of an applied report (in its transaction) and publishes one event per value out of limits.
	 * @return the values out of limits
	 */
	List<Reading> record(ProductionReport report) {
		if (report.parameters() == null) {
			return List.of();
		}
		List<ParameterSpec> specs = operations.spec(report.operationId()).parameters();
		if (specs.isEmpty()) {
			return List.of();
		}
		Map<String, ParameterSpec> byCode = byCode(specs);
		List<Reading> flagged = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : given(report).entrySet()) {
			ParameterSpec spec = byCode.get(entry.getKey());
			BigDecimal value = number(entry.getValue());
			if (spec == null || value == null) {
				continue; // checked on arrival: only an explicit null gets here
			}
			boolean out = spec.min() != null && value.compareTo(spec.min()) < 0
					|| spec.max() != null && value.compareTo(spec.max()) > 0;
			Reading reading = new Reading(spec.code(), value, spec.unit(), spec.min(), spec.max(), out);
			insert(report, reading);
			if (out) {
				flagged.add(reading);
				events.publishEvent(new ProcessParameterOutOfLimits(report.eventId(), report.operationId(),
						spec.code(), value, spec.min(), spec.max(), spec.unit(), report.operator(),
						report.occurredAt()));
			}
		}
		return flagged;
	}

	private void insert(ProductionReport report, Reading reading) {
		jdbc.sql("""
				insert into shopfloor_report_parameter (event_id, operation_id, code, value, unit, min_value, max_value,
				    out_of_limits)
				values (:eventId, :operationId, :code, :value, :unit, :min, :max, :out)
				""")
			.param("eventId", report.eventId())
			.param("operationId", report.operationId())
			.param("code", reading.code())
			.param("value", reading.value())
			.param("unit", reading.unit())
			.param("min", reading.min())
			.param("max", reading.max())
			.param("out", reading.outOfLimits())
			.update();
	}

	private Set<String> recordedBefore(long operationId) {
		return new HashSet<>(jdbc.sql("select distinct code from shopfloor_report_parameter where operation_id = :op")
			.param("op", operationId)
			.query(String.class)
			.list());
	}

	private Map<String, JsonNode> given(ProductionReport report) {
		Map<String, JsonNode> given = new LinkedHashMap<>();
		if (report.parameters() != null) {
			json.readTree(report.parameters()).properties().forEach(e -> given.put(e.getKey(), e.getValue()));
		}
		return given;
	}

	private static Map<String, ParameterSpec> byCode(List<ParameterSpec> specs) {
		return specs.stream()
			.collect(Collectors.toMap(ParameterSpec::code, s -> s, (a, b) -> a, LinkedHashMap::new));
	}

	/** A JSON number, or a text holding one (a phone form may send either); null for anything else. */
	static BigDecimal number(JsonNode node) {
		BigDecimal value;
		if (node.isNumber()) {
			value = node.decimalValue();
		}
		else if (node.isString()) {
			try {
				value = new BigDecimal(node.asString().strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		else {
			return null;
		}
		value = value.stripTrailingZeros();
		boolean fits = Math.max(value.scale(), 0) <= 6 && value.precision() - value.scale() <= 12;
		return fits ? value : null;
	}
}
