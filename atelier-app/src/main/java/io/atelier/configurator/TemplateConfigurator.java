package io.atelier.configurator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.catalog.Items.ItemRef;
import io.atelier.catalog.ProductFamilies.ProductFamilyRef;
import io.atelier.catalog.Routings.RoutingStepRef;
import io.atelier.configurator.CompiledRules.CompiledBom;
import io.atelier.configurator.CompiledRules.CompiledStep;
import io.atelier.configurator.formula.Formula;
import io.atelier.configurator.formula.FormulaException;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;

/**
 * Configures products from their released (or, when asked by number, retired) template versions. Reads only: the same
 * version and values give the same configuration for as long as the catalog records it names stay the same.
 */
@Service
class TemplateConfigurator implements ProductConfigurator {

	/** Quantities and run minutes are kept to four decimals, as in BOM lines and routings. */
	static final int SCALE = 4;

	private final ProductTemplateRepository templates;

	private final CatalogLookup catalog;

	/**
	 * Compiled rules by the stored definition's text: the same text always compiles to the same rules, so an entry
	 * never goes stale, and releasing a thousand orders of one template reads and compiles its formulas once.
	 */
	private final Map<String, CompiledRules> compiled = Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, CompiledRules> eldest) {
				return size() > 256;
			}
		});

	TemplateConfigurator(ProductTemplateRepository templates, CatalogLookup catalog) {
		this.templates = templates;
		this.catalog = catalog;
	}

	/** How many released versions are remembered at most (a factory has tens of templates, each a few versions). */
	private static final int MAX_FIXED = 10_000;

	/**
	 * Released and retired versions by template code and number: they never change again (a draft does, and a
	 * template with a released version cannot be deleted), so an order's configuration, read again at release, needs no
	 * database read. Every application node fills its own; there is nothing to invalidate.
	 */
	private final Map<String, FixedVersion> fixed = new ConcurrentHashMap<>();

	private record FixedVersion(String code, int number, long itemId, CompiledRules rules) {
	}

	private static String fixedKey(String code, int number) {
		return code.toUpperCase(Locale.ROOT) + "#" + number;
	}

	@Override
	@Transactional(readOnly = true)
	public Configuration configure(String templateCode, Integer version, Map<String, String> values) {
		return configure(templateCode, version, values, false);
	}

	/** Like {@link #configure(String, Integer, Map)}; with {@code draftsToo} a draft may be tried out by its number. */
	@Transactional(readOnly = true)
	Configuration configure(String templateCode, Integer version, Map<String, String> values, boolean draftsToo) {
		String code = templateCode == null ? "" : templateCode.trim();
		FixedVersion known = version == null ? null : fixed.get(fixedKey(code, version));
		if (known != null) {
			return configure(known.code(), known.number(), known.itemId(), known.rules(), values);
		}
		ProductTemplate template = templates.findByCodeIgnoreCase(code)
			.orElseThrow(() -> new NotFoundException("ProductTemplate", templateCode));
		TemplateVersion chosen = version == null
				? template.current().orElseThrow(() -> new NotFoundException("ProductTemplate", templateCode))
				: template.version(version);
		if (chosen.status() == VersionStatus.DRAFT && !draftsToo) {
			throw new NotFoundException("ProductTemplate", templateCode + " v" + version);
		}
		CompiledRules rules = compiled.computeIfAbsent(chosen.definitionJson(),
				json -> CompiledRules.of(DefinitionJson.read(json)));
		if (chosen.status() != VersionStatus.DRAFT && fixed.size() < MAX_FIXED) {
			fixed.put(fixedKey(template.getCode(), chosen.number()),
					new FixedVersion(template.getCode(), chosen.number(), chosen.itemId(), rules));
		}
		return configure(template.getCode(), chosen.number(), chosen.itemId(), rules, values);
	}

	private Configuration configure(String code, int number, long itemId, CompiledRules rules,
			Map<String, String> entered) {
		ParameterValues values = ParameterValues.check(rules.definition().parameters(), entered, code, number);
		if (!values.errors().isEmpty()) {
			throw new RuleViolationException(values.errors());
		}
		CatalogLookup.Session lookup = catalog.session();
		List<FieldError> errors = new ArrayList<>();
		List<Configuration.Component> components = components(rules, values.typed(), lookup, errors);
		List<Configuration.Step> steps = steps(rules, itemId, values.typed(), lookup, errors);
		String family = family(rules, itemId, values.typed(), lookup, errors);
		if (!errors.isEmpty()) {
			throw new RuleViolationException(errors);
		}
		String itemCode = lookup.item(itemId).map(ItemRef::code).orElseThrow();
		return new Configuration(code, number, itemCode, family, values.normalised(), components, steps);
	}

	private static List<Configuration.Component> components(CompiledRules rules, Map<String, Object> values,
			CatalogLookup.Session lookup, List<FieldError> errors) {
		lookup.preloadItems(rules.boms().stream().map(b -> b.rule().componentItemId()).toList());
		List<Configuration.Component> components = new ArrayList<>();
		for (CompiledBom bom : rules.boms()) {
			String field = "bomRules[" + bom.index() + "].";
			if (!holds(bom.condition(), values, field + "condition", errors)) {
				continue;
			}
			BigDecimal quantity = number(bom.quantity(), values, field + "quantity", errors);
			String component = lookup.item(bom.rule().componentItemId()).map(ItemRef::code).orElse("?");
			if (quantity == null) {
				continue;
			}
			if (quantity.signum() <= 0) {
				errors.add(FieldError.of(field + "quantity", "configurator.configure.quantity-not-positive", component,
						quantity.toPlainString()));
				continue;
			}
			BigDecimal scrap = bom.rule().scrapFactor() == null ? BigDecimal.ZERO : bom.rule().scrapFactor();
			components.add(new Configuration.Component(component, quantity, scrap));
		}
		return components;
	}

	/** The routing's steps that apply; a step without a rule always does and keeps its times. */
	private static List<Configuration.Step> steps(CompiledRules rules, long itemId, Map<String, Object> values,
			CatalogLookup.Session lookup, List<FieldError> errors) {
		List<Configuration.Step> steps = new ArrayList<>();
		for (RoutingStepRef step : lookup.routingOf(itemId).map(r -> r.steps()).orElse(List.of())) {
			Optional<CompiledStep> rule = rules.steps().stream().filter(s -> s.rule().stepNo() == step.stepNo()).findFirst();
			if (rule.isEmpty()) {
				steps.add(new Configuration.Step(step.stepNo(), null));
				continue;
			}
			String field = "stepRules[" + rule.get().index() + "].";
			if (!holds(rule.get().condition(), values, field + "condition", errors)) {
				continue;
			}
			BigDecimal minutes = rule.get().runMinutes() == null ? null
					: number(rule.get().runMinutes(), values, field + "runMinutes", errors);
			if (minutes != null && minutes.signum() < 0) {
				errors.add(FieldError.of(field + "runMinutes", "configurator.configure.run-minutes-negative",
						step.stepNo(), minutes.toPlainString()));
				continue;
			}
			steps.add(new Configuration.Step(step.stepNo(), minutes));
		}
		return steps;
	}

	private static String family(CompiledRules rules, long itemId, Map<String, Object> values,
			CatalogLookup.Session lookup, List<FieldError> errors) {
		TemplateRules.FamilyRule rule = rules.definition().familyRule();
		return switch (rule.kind()) {
			case ITEM -> lookup.item(itemId).map(ItemRef::productFamilyId).flatMap(lookup::family)
				.map(ProductFamilyRef::code)
				.orElse(null);
			case FIXED -> lookup.family(rule.familyId()).map(ProductFamilyRef::code).orElse(null);
			case BY_CHOICE -> rule.mappings()
				.stream()
				.filter(m -> m.optionCode().equals(values.get(rule.parameterCode())))
				.findFirst()
				.flatMap(m -> lookup.family(m.familyId()))
				.map(ProductFamilyRef::code)
				.orElse(null);
			case FORMULA -> {
				String code = (String) evaluate(rules.familyFormula(), values, "familyRule.formula", errors);
				if (code == null) {
					yield null;
				}
				Optional<ProductFamilyRef> family = lookup.familyByCode(code);
				if (family.isEmpty()) {
					errors.add(FieldError.of("familyRule.formula", "configurator.configure.unknown-family", code));
				}
				yield family.map(ProductFamilyRef::code).orElse(null);
			}
		};
	}

	private static boolean holds(Formula condition, Map<String, Object> values, String field, List<FieldError> errors) {
		return condition == null || Boolean.TRUE.equals(evaluate(condition, values, field, errors));
	}

	private static BigDecimal number(Formula formula, Map<String, Object> values, String field, List<FieldError> errors) {
		Object value = evaluate(formula, values, field, errors);
		return value == null ? null : ((BigDecimal) value).setScale(SCALE, RoundingMode.HALF_UP);
	}

	private static Object evaluate(Formula formula, Map<String, Object> values, String field, List<FieldError> errors) {
		try {
			return formula.evaluate(values);
		}
		catch (FormulaException ex) {
			errors.add(new FieldError(field, ex.messageKey(), ex.args()));
			return null;
		}
	}
}
