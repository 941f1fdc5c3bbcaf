package io.atelier.configurator;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The rules of a template version, as written by the person who maintains it: formulas are kept as text. */
public final class TemplateRules {

	private TemplateRules() {
	}

	/**
	 * A component line: the catalog item, its quantity per unit of the product by formula, an optional condition (the
	 * line is left out when it is false) and the share lost in processing.
	 */
	public record BomRule(@NotNull Long componentItemId, @NotBlank @Size(max = 1000) String quantity,
			@Size(max = 1000) String condition,
			@DecimalMin("0") @DecimalMax(value = "1", inclusive = false) @Digits(integer = 1, fraction = 4) BigDecimal scrapFactor) {
	}

	/**
	 * A step of the item's routing: applies only when its condition holds (always when there is none); its run minutes
	 * per unit come from the formula, or from the routing when there is none. Steps without a rule always apply.
	 */
	public record StepRule(@NotNull @Min(1) @Max(99999) Integer stepNo, @Size(max = 1000) String condition,
			@Size(max = 1000) String runMinutes) {
	}

	/**
	 * How the product family (for changeovers) is found: the item's own family ({@code ITEM}), a fixed family
	 * ({@code FIXED}), one family per option of a choice parameter ({@code BY_CHOICE}), or a formula that gives a family
	 * code ({@code FORMULA}).
	 */
	public record FamilyRule(@NotNull FamilyRuleKind kind, Long familyId, @Size(max = 40) String parameterCode,
			@Size(max = 100) List<@Valid @NotNull FamilyMapping> mappings, @Size(max = 1000) String formula) {

		public FamilyRule {
			mappings = mappings == null ? List.of() : List.copyOf(mappings);
		}

		public static FamilyRule ofItem() {
			return new FamilyRule(FamilyRuleKind.ITEM, null, null, List.of(), null);
		}
	}

	public enum FamilyRuleKind {
		ITEM, FIXED, BY_CHOICE, FORMULA
	}

	public record FamilyMapping(@NotBlank @Size(max = 40) String optionCode, @NotNull Long familyId) {
	}

	/** Everything a version says besides the item it is made as; stored with the version as one document. */
	public record Definition(FamilyRule familyRule, List<ParameterDefinition> parameters, List<BomRule> bomRules,
			List<StepRule> stepRules) {

		public Definition {
			familyRule = familyRule == null ? FamilyRule.ofItem() : familyRule;
			parameters = parameters == null ? List.of() : List.copyOf(parameters);
			bomRules = bomRules == null ? List.of() : List.copyOf(bomRules);
			stepRules = stepRules == null ? List.of() : List.copyOf(stepRules);
		}
	}
}
