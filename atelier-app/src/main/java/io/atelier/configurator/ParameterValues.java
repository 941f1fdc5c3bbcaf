package io.atelier.configurator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.atelier.shared.domain.FieldError;

/**
 * Checks the values entered for a template's parameters and turns them into what formulas compute with: every error
 * names the parameter ({@code parameters.<code>}) and says, in words, what is allowed, e.g. "Width must be between 400
 * and 2400 mm".
 */
final class ParameterValues {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private final Map<String, Object> typed = new LinkedHashMap<>();

	private final Map<String, String> normalised = new LinkedHashMap<>();

	private final List<FieldError> errors = new ArrayList<>();

	private ParameterValues() {
	}

	/** Checks every entered value, applies the defaults and refuses codes the template does not have. */
	static ParameterValues check(List<ParameterDefinition> parameters, Map<String, String> entered, String template,
			int version) {
		ParameterValues values = new ParameterValues();
		Map<String, String> given = entered == null ? Map.of() : entered;
		given.keySet()
			.stream()
			.filter(code -> parameters.stream().noneMatch(p -> p.code().equals(code)))
			.sorted()
			.forEach(code -> values.errors
				.add(FieldError.of("parameters." + code, "configurator.parameter.unknown", code, template, version)));
		for (ParameterDefinition parameter : parameters) {
			String raw = given.get(parameter.code());
			if (raw == null || raw.isBlank()) {
				raw = parameter.defaultValue();
			}
			if (raw == null || raw.isBlank()) {
				if (Boolean.TRUE.equals(parameter.required())) {
					values.errors.add(error(parameter, "configurator.parameter.required"));
				}
				else if (parameter.kind() == ParameterKind.TEXT) {
					values.typed.put(parameter.code(), ""); // formulas may ask whether a text was given
				}
				continue;
			}
			values.accept(parameter, raw.trim());
		}
		return values;
	}

	/** The error a value would give for this parameter, if any: also used to check defaults when a template is saved. */
	static Optional<FieldError> problemWith(ParameterDefinition parameter, String raw) {
		ParameterValues values = new ParameterValues();
		values.accept(parameter, raw.trim());
		return values.errors.stream().findFirst();
	}

	private void accept(ParameterDefinition parameter, String raw) {
		Optional<FieldError> error = switch (parameter.kind()) {
			case NUMBER -> number(parameter, raw);
			case CHOICE -> choice(parameter, raw);
			case TEXT -> text(parameter, raw);
			case YES_NO -> yesNo(parameter, raw);
		};
		error.ifPresent(errors::add);
	}

	private Optional<FieldError> number(ParameterDefinition p, String raw) {
		if (!NUMBER.matcher(raw).matches()) {
			return Optional.of(error(p, "configurator.parameter.not-a-number", raw));
		}
		BigDecimal value = new BigDecimal(raw).stripTrailingZeros();
		if (value.scale() < 0) {
			value = value.setScale(0);
		}
		String unit = p.unit() == null || p.unit().isBlank() ? "" : " " + p.unit();
		boolean belowMin = p.min() != null && value.compareTo(p.min()) < 0;
		boolean aboveMax = p.max() != null && value.compareTo(p.max()) > 0;
		if (belowMin || aboveMax) {
			if (p.min() != null && p.max() != null) {
				return Optional.of(error(p, "configurator.parameter.out-of-range", plain(p.min()), plain(p.max()), unit));
			}
			return Optional.of(belowMin ? error(p, "configurator.parameter.below-min", plain(p.min()), unit)
					: error(p, "configurator.parameter.above-max", plain(p.max()), unit));
		}
		if (value.scale() > p.decimalPlaces()) {
			return Optional.of(error(p, "configurator.parameter.too-many-decimals", p.decimalPlaces()));
		}
		typed.put(p.code(), value);
		normalised.put(p.code(), value.toPlainString());
		return Optional.empty();
	}

	private Optional<FieldError> choice(ParameterDefinition p, String raw) {
		if (p.options().stream().noneMatch(o -> o.code().equals(raw))) {
			String options = p.options().stream().map(ParameterDefinition.Option::code).collect(Collectors.joining(", "));
			return Optional.of(error(p, "configurator.parameter.unknown-option", raw, options));
		}
		typed.put(p.code(), raw);
		normalised.put(p.code(), raw);
		return Optional.empty();
	}

	private Optional<FieldError> text(ParameterDefinition p, String raw) {
		if (raw.length() > p.textLimit()) {
			return Optional.of(error(p, "configurator.parameter.too-long", p.textLimit()));
		}
		if (p.pattern() != null && !p.pattern().isBlank() && !Pattern.compile(p.pattern()).matcher(raw).matches()) {
			return Optional.of(error(p, "configurator.parameter.pattern", p.pattern()));
		}
		typed.put(p.code(), raw);
		normalised.put(p.code(), raw);
		return Optional.empty();
	}

	private Optional<FieldError> yesNo(ParameterDefinition p, String raw) {
		String value = raw.toLowerCase(Locale.ROOT);
		if (!value.equals("true") && !value.equals("false")) {
			return Optional.of(error(p, "configurator.parameter.not-yes-no", raw));
		}
		typed.put(p.code(), Boolean.valueOf(value));
		normalised.put(p.code(), value);
		return Optional.empty();
	}

	private static FieldError error(ParameterDefinition p, String key, Object... more) {
		Object[] args = new Object[more.length + 1];
		args[0] = p.name();
		System.arraycopy(more, 0, args, 1, more.length);
		return FieldError.of("parameters." + p.code(), key, args);
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	/** Values as formulas see them: numbers, strings and booleans by parameter code. */
	Map<String, Object> typed() {
		return typed;
	}

	Map<String, String> normalised() {
		return normalised;
	}

	List<FieldError> errors() {
		return errors;
	}
}
