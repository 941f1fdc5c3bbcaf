package io.atelier.configurator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.atelier.shared.domain.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class ParameterValuesTests {

	private static final ParameterDefinition WIDTH = new ParameterDefinition("width", "Width", ParameterKind.NUMBER,
			true, "mm", new BigDecimal("400"), new BigDecimal("2400"), 1, null, null, null, null);

	private static final ParameterDefinition MATERIAL = new ParameterDefinition("material", "Material",
			ParameterKind.CHOICE, false, null, null, null, null, "oak",
			List.of(new ParameterDefinition.Option("oak", "Oak"), new ParameterDefinition.Option("ash", "Ash")), null,
			null);

	private static final ParameterDefinition EDGE = new ParameterDefinition("edge", "Edge", ParameterKind.YES_NO, false,
			null, null, null, null, "false", null, null, null);

	private static final ParameterDefinition REF = new ParameterDefinition("ref", "Reference", ParameterKind.TEXT, false,
			null, null, null, null, null, null, 8, "[A-Z]+-\\d+");

	private static ParameterValues check(Map<String, String> values) {
		return ParameterValues.check(List.of(WIDTH, MATERIAL, EDGE, REF), values, "TPL", 1);
	}

	private static FieldError only(ParameterValues values) {
		assertThat(values.errors()).hasSize(1);
		return values.errors().get(0);
	}

	@Test
	void valuesAreNormalisedAndDefaultsApplied() {
		ParameterValues values = check(Map.of("width", "1200.50", "edge", "TRUE"));
		assertThat(values.errors()).isEmpty();
		assertThat(values.normalised()).containsEntry("width", "1200.5")
			.containsEntry("material", "oak")
			.containsEntry("edge", "true")
			.doesNotContainKey("ref");
		assertThat(values.typed()).containsEntry("edge", true).containsEntry("ref", "");
	}

	@Test
	void aNumberOutOfRangeNamesTheRangeAndUnit() {
		FieldError error = only(check(Map.of("width", "399.9")));
		assertThat(error.field()).isEqualTo("parameters.width");
		assertThat(error.messageKey()).isEqualTo("configurator.parameter.out-of-range");
		assertThat(error.args()).containsExactly("Width", "400", "2400", " mm");
	}

	@Test
	void eachKindRefusesWhatItCannotTake() {
		assertThat(only(check(Map.of("width", "1,200"))).messageKey()).isEqualTo("configurator.parameter.not-a-number");
		assertThat(only(check(Map.of("width", "1e3"))).messageKey()).isEqualTo("configurator.parameter.not-a-number");
		assertThat(only(check(Map.of("width", "1200.25"))).messageKey())
			.isEqualTo("configurator.parameter.too-many-decimals");
		assertThat(only(check(Map.of("width", "800", "material", "elm"))).args()).containsExactly("Material", "elm",
				"oak, ash");
		assertThat(only(check(Map.of("width", "800", "edge", "yes"))).messageKey())
			.isEqualTo("configurator.parameter.not-yes-no");
		assertThat(only(check(Map.of("width", "800", "ref", "AB-123456"))).messageKey())
			.isEqualTo("configurator.parameter.too-long");
		assertThat(only(check(Map.of("width", "800", "ref", "ab-1"))).messageKey())
			.isEqualTo("configurator.parameter.pattern");
	}

	@Test
	void missingRequiredAndUnknownParametersAreReported() {
		ParameterValues values = check(Map.of("height", "700"));
		assertThat(values.errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder("parameters.height", "parameters.width");
		assertThat(values.errors()).extracting(FieldError::messageKey)
			.containsExactlyInAnyOrder("configurator.parameter.unknown", "configurator.parameter.required");
	}
}
