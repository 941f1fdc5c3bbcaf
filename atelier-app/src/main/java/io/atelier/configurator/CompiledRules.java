package io.atelier.configurator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import io.atelier.configurator.TemplateRules.BomRule;
import io.atelier.configurator.TemplateRules.Definition;
import io.atelier.configurator.TemplateRules.FamilyRule;
import io.atelier.configurator.TemplateRules.StepRule;
import io.atelier.configurator.formula.Formula;
import io.atelier.configurator.formula.FormulaException;
import io.atelier.configurator.formula.Parser;
import io.atelier.configurator.formula.Symbol;
import io.atelier.configurator.formula.Type;
import io.atelier.shared.domain.FieldError;

/**
 * A version's definition with every formula read and checked against its parameters: what a version must pass to be
 * saved, and what configuring computes with. Errors name the field at fault, e.g. {@code bomRules[2].quantity}, and the
 * position in the formula.
 */
final class CompiledRules {

	private static final Pattern CODE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	record CompiledBom(int index, BomRule rule, Formula quantity, Formula condition) {
	}

	record CompiledStep(int index, StepRule rule, Formula condition, Formula runMinutes) {
	}

	private final Definition definition;

	private final Map<String, Symbol> symbols = new LinkedHashMap<>();

	private final List<CompiledBom> boms = new ArrayList<>();

	private final List<CompiledStep> steps = new ArrayList<>();

	private final List<FieldError> errors = new ArrayList<>();

	private Formula familyFormula;

	private CompiledRules(Definition definition) {
		this.definition = definition;
	}

	static CompiledRules of(Definition definition) {
		CompiledRules rules = new CompiledRules(definition);
		rules.checkParameters();
		for (int i = 0; i < definition.bomRules().size(); i++) {
			BomRule rule = definition.bomRules().get(i);
			String field = "bomRules[" + i + "].";
			rules.boms.add(new CompiledBom(i, rule, rules.formula(field + "quantity", rule.quantity(), Type.NUMBER),
					rules.formula(field + "condition", rule.condition(), Type.YES_NO)));
		}
		for (int i = 0; i < definition.stepRules().size(); i++) {
			StepRule rule = definition.stepRules().get(i);
			String field = "stepRules[" + i + "].";
			rules.steps.add(new CompiledStep(i, rule, rules.formula(field + "condition", rule.condition(), Type.YES_NO),
					rules.formula(field + "runMinutes", rule.runMinutes(), Type.NUMBER)));
		}
		rules.checkFamilyRule();
		return rules;
	}

	private void checkParameters() {
		Set<String> seen = new HashSet<>();
		List<ParameterDefinition> parameters = definition.parameters();
		for (int i = 0; i < parameters.size(); i++) {
			ParameterDefinition p = parameters.get(i);
			String field = "parameters[" + i + "].";
			if (p.code() == null || p.kind() == null) {
				continue; // reported by bean validation
			}
			if (!CODE.matcher(p.code()).matches() || Parser.isReserved(p.code())) {
				errors.add(FieldError.of(field + "code", "configurator.parameter.code-format", p.code()));
			}
			else if (!seen.add(p.code())) {
				errors.add(FieldError.of(field + "code", "configurator.parameter.code-twice", p.code()));
			}
			else {
				symbols.put(p.code(), new Symbol(p.kind().formulaType(),
						p.options().stream().map(ParameterDefinition.Option::code).collect(Collectors.toSet())));
			}
			checkKind(p, field);
		}
	}

	private void checkKind(ParameterDefinition p, String field) {
		if (p.kind() == ParameterKind.NUMBER && p.min() != null && p.max() != null && p.min().compareTo(p.max()) > 0) {
			errors.add(FieldError.of(field + "max", "configurator.parameter.max-below-min"));
		}
		if (p.kind() == ParameterKind.CHOICE) {
			if (p.options().isEmpty()) {
				errors.add(FieldError.of(field + "options", "configurator.parameter.options-required"));
			}
			Set<String> codes = new HashSet<>();
			for (int j = 0; j < p.options().size(); j++) {
				if (!codes.add(p.options().get(j).code())) {
					errors.add(FieldError.of(field + "options[" + j + "].code", "configurator.parameter.option-twice",
							p.options().get(j).code()));
				}
			}
		}
		if (p.kind() == ParameterKind.TEXT && p.pattern() != null && !p.pattern().isBlank()) {
			try {
				Pattern.compile(p.pattern());
			}
			catch (PatternSyntaxException ex) {
				errors.add(FieldError.of(field + "pattern", "configurator.parameter.bad-pattern"));
				return;
			}
		}
		if (p.defaultValue() != null && !p.defaultValue().isBlank()) {
			ParameterValues.problemWith(p, p.defaultValue())
				.ifPresent(error -> errors.add(new FieldError(field + "defaultValue", error.messageKey(), error.args())));
		}
	}

	private void checkFamilyRule() {
		FamilyRule rule = definition.familyRule();
		switch (rule.kind()) {
			case FIXED -> {
				if (rule.familyId() == null) {
					errors.add(FieldError.of("familyRule.familyId", "validation.required"));
				}
			}
			case BY_CHOICE -> checkMappings(rule);
			case FORMULA -> {
				if (rule.formula() == null || rule.formula().isBlank()) {
					errors.add(FieldError.of("familyRule.formula", "validation.required"));
				}
				familyFormula = formula("familyRule.formula", rule.formula(), Type.TEXT);
			}
			case ITEM -> {
			}
		}
	}

	private void checkMappings(FamilyRule rule) {
		ParameterDefinition choice = definition.parameters()
			.stream()
			.filter(p -> p.code() != null && p.code().equals(rule.parameterCode()) && p.kind() == ParameterKind.CHOICE)
			.findFirst()
			.orElse(null);
		if (choice == null) {
			errors.add(FieldError.of("familyRule.parameterCode", "configurator.family.choice-required"));
			return;
		}
		Set<String> mapped = rule.mappings().stream().map(TemplateRules.FamilyMapping::optionCode).collect(Collectors.toSet());
		List<String> unmapped = choice.options()
			.stream()
			.map(ParameterDefinition.Option::code)
			.filter(code -> !mapped.contains(code))
			.toList();
		if (!unmapped.isEmpty()) {
			errors.add(FieldError.of("familyRule.mappings", "configurator.family.unmapped", String.join(", ", unmapped)));
		}
		for (int i = 0; i < rule.mappings().size(); i++) {
			String option = rule.mappings().get(i).optionCode();
			if (choice.options().stream().noneMatch(o -> o.code().equals(option))) {
				errors.add(FieldError.of("familyRule.mappings[" + i + "].optionCode",
						"configurator.parameter.no-such-option", option, choice.code()));
			}
		}
	}

	/** The formula read from its text, or null when the text is empty or has an error (then recorded). */
	private Formula formula(String field, String source, Type expected) {
		if (source == null || source.isBlank()) {
			return null;
		}
		try {
			return Formula.compile(source, symbols, expected);
		}
		catch (FormulaException ex) {
			errors.add(new FieldError(field, ex.messageKey(), ex.args()));
			return null;
		}
	}

	Definition definition() {
		return definition;
	}

	List<CompiledBom> boms() {
		return boms;
	}

	List<CompiledStep> steps() {
		return steps;
	}

	Formula familyFormula() {
		return familyFormula;
	}

	List<FieldError> errors() {
		return errors;
	}
}
