package io.atelier.configurator;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A parameter of a product template (参数): what the customer is asked, and which values are allowed. Formulas refer to
 * it by its code. Which fields apply depends on the kind: a number has a unit, a range and a number of decimals; a choice
 * has options; a text has a maximum length and an optional pattern; every kind may have a default, which a customer who
 * leaves the parameter empty gets.
 *
 * @param code how formulas and orders name the parameter: a letter or {@code _}, then letters, digits or {@code _}
 * @param name what people see, e.g. {@code 宽度 Width}
 * @param required whether a value must be given when there is no default
 * @param unit the unit of a number, e.g. {@code mm}
 * @param min the smallest number allowed (inclusive), or null
 * @param max the largest number allowed (inclusive), or null
 * @param decimals how many decimal places a number may have (0 when null)
 * @param defaultValue the value taken when none is given, written as values are entered
 * @param options the options of a choice, in the order they are offered
 * @param maxLength the longest text allowed
 * @param pattern a regular expression a text must match, or null
 */
public record ParameterDefinition(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name,
		@NotNull ParameterKind kind, Boolean required, @Size(max = 20) String unit, BigDecimal min, BigDecimal max,
		@Min(0) @Max(6) Integer decimals, @Size(max = 200) String defaultValue,
		@Size(max = 100) List<@Valid @NotNull Option> options, @Min(1) @Max(2000) Integer maxLength,
		@Size(max = 200) String pattern) {

	public ParameterDefinition {
		options = options == null ? List.of() : List.copyOf(options);
		required = Boolean.TRUE.equals(required);
	}

	/** An option of a choice: its code, which formulas compare with, and its name. */
	public record Option(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name) {
	}

	public int decimalPlaces() {
		return decimals == null ? 0 : decimals;
	}

	public int textLimit() {
		return maxLength == null ? 200 : maxLength;
	}
}
