package io.atelier.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.RuleViolationException;

/** The checks of a step's parameter list: codes, names, units and limits. */
final class StepParameterRules {

	private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

	private StepParameterRules() {
	}

	static List<StepSpecs.ParameterDefinition> check(List<StepSpecs.ParameterDefinition> parameters) {
		List<FieldError> errors = new ArrayList<>();
		List<StepSpecs.ParameterDefinition> given = parameters == null ? List.of() : parameters;
		if (given.size() > StepSpecs.MAX_PARAMETERS) {
			throw new RuleViolationException("parameters", "catalog.step-parameter.too-many", StepSpecs.MAX_PARAMETERS);
		}
		Set<String> codes = new HashSet<>();
		List<StepSpecs.ParameterDefinition> cleaned = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			String at = "parameters[" + i + "].";
			StepSpecs.ParameterDefinition p = given.get(i);
			if (p == null) {
				errors.add(FieldError.of("parameters[" + i + "]", "validation.required"));
				continue;
			}
			String code = trimmed(p.code());
			if (code == null) {
				errors.add(FieldError.of(at + "code", "validation.required"));
			}
			else if (!CODE.matcher(code).matches()) {
				errors.add(FieldError.of(at + "code", "catalog.step-parameter.code"));
			}
			else if (!codes.add(code.toLowerCase(Locale.ROOT))) {
				errors.add(FieldError.of(at + "code", "catalog.step-parameter.duplicate", code));
			}
			String name = trimmed(p.name());
			if (name == null) {
				errors.add(FieldError.of(at + "name", "validation.required"));
			}
			longest(errors, at + "name", name, 200);
			longest(errors, at + "nameEn", trimmed(p.nameEn()), 200);
			longest(errors, at + "unit", trimmed(p.unit()), 20);
			limit(errors, at + "min", p.min());
			limit(errors, at + "max", p.max());
			if (p.min() != null && p.max() != null && p.min().compareTo(p.max()) > 0) {
				errors.add(FieldError.of(at + "max", "catalog.step-parameter.limits"));
			}
			cleaned.add(new StepSpecs.ParameterDefinition(code, name, trimmed(p.nameEn()), trimmed(p.unit()), p.min(),
					p.max(), p.required()));
		}
		if (!errors.isEmpty()) {
			throw new RuleViolationException(errors);
		}
		return cleaned;
	}

	private static void limit(List<FieldError> errors, String field, BigDecimal value) {
		if (value != null && (value.scale() > 6 || value.precision() - value.scale() > 12)) {
			errors.add(FieldError.of(field, "validation.malformed-value"));
		}
	}

	private static void longest(List<FieldError> errors, String field, String value, int max) {
		if (value != null && value.length() > max) {
			errors.add(FieldError.of(field, "catalog.step-parameter.too-long", max));
		}
	}

	private static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
