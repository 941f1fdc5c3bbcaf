package io.atelier.configurator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.atelier.catalog.Items;
import io.atelier.catalog.Items.ItemRef;
import io.atelier.catalog.ProductFamilies.ProductFamilyRef;
import io.atelier.catalog.Routings.RoutingStepRef;

/** How templates show in the API: with the codes and names of the catalog records their rules refer to. */
public final class TemplateViews {

	private TemplateViews() {
	}

	public record TemplateSummary(long id, long version, String code, String name, String description, String status,
			Integer currentVersion, Integer draftVersion, String itemCode, String itemName, Instant createdAt,
			Instant updatedAt) {
	}

	public record TemplateView(long id, long version, String code, String name, String description, String status,
			Integer currentVersion, Integer draftVersion, List<VersionView> versions, Instant createdAt,
			Instant updatedAt) {
	}

	public record VersionView(int number, VersionStatus status, long itemId, String itemCode, String itemName,
			FamilyRuleView familyRule, List<ParameterDefinition> parameters, List<BomRuleView> bomRules,
			List<StepRuleView> stepRules, Instant releasedAt, Instant retiredAt) {
	}

	public record FamilyRuleView(TemplateRules.FamilyRuleKind kind, Long familyId, String familyCode,
			String parameterCode, List<FamilyMappingView> mappings, String formula) {
	}

	public record FamilyMappingView(String optionCode, long familyId, String familyCode) {
	}

	public record BomRuleView(long componentItemId, String componentCode, String componentName, String componentUnit,
			String quantity, String condition, BigDecimal scrapFactor) {
	}

	public record StepRuleView(int stepNo, String stepName, String condition, String runMinutes) {
	}

	static TemplateSummary summary(ProductTemplate t, CatalogLookup.Session lookup) {
		List<TemplateVersion> versions = t.getVersions();
		TemplateVersion shown = t.current().or(t::draft).orElse(versions.get(versions.size() - 1));
		Optional<ItemRef> item = lookup.item(shown.itemId());
		return new TemplateSummary(t.getId(), t.getVersion(), t.getCode(), t.getName(), t.getDescription(),
				t.getStatus().name(), t.getCurrentVersion(), t.draft().map(TemplateVersion::number).orElse(null),
				item.map(ItemRef::code).orElse(null), item.map(ItemRef::name).orElse(null), t.getCreatedAt(),
				t.getUpdatedAt());
	}

	static TemplateView view(ProductTemplate t, CatalogLookup.Session lookup) {
		lookup.preloadItems(t.getVersions()
			.stream()
			.flatMap(v -> Stream.concat(Stream.of(v.itemId()),
					v.definition().bomRules().stream().map(TemplateRules.BomRule::componentItemId)))
			.distinct()
			.toList());
		return new TemplateView(t.getId(), t.getVersion(), t.getCode(), t.getName(), t.getDescription(),
				t.getStatus().name(), t.getCurrentVersion(), t.draft().map(TemplateVersion::number).orElse(null),
				t.getVersions().reversed().stream().map(v -> version(v, lookup)).toList(), t.getCreatedAt(),
				t.getUpdatedAt());
	}

	private static VersionView version(TemplateVersion v, CatalogLookup.Session lookup) {
		TemplateRules.Definition d = v.definition();
		Optional<ItemRef> item = lookup.item(v.itemId());
		List<RoutingStepRef> routing = lookup.routingOf(v.itemId()).map(r -> r.steps()).orElse(List.of());
		return new VersionView(v.number(), v.status(), v.itemId(), item.map(ItemRef::code).orElse(null),
				item.map(ItemRef::name).orElse(null), familyRule(d.familyRule(), lookup), d.parameters(),
				d.bomRules().stream().map(rule -> {
					Optional<ItemRef> component = lookup.item(rule.componentItemId());
					return new BomRuleView(rule.componentItemId(), component.map(ItemRef::code).orElse(null),
							component.map(ItemRef::name).orElse(null),
							component.map(c -> c.unit().name()).orElse(null), rule.quantity(), rule.condition(),
							rule.scrapFactor() == null ? BigDecimal.ZERO : rule.scrapFactor());
				}).toList(),
				d.stepRules().stream().map(rule -> new StepRuleView(rule.stepNo(), routing.stream()
					.filter(s -> s.stepNo() == rule.stepNo())
					.map(RoutingStepRef::name)
					.findFirst()
					.orElse(null), rule.condition(), rule.runMinutes())).toList(),
				v.releasedAt(), v.retiredAt());
	}

	private static FamilyRuleView familyRule(TemplateRules.FamilyRule rule, CatalogLookup.Session lookup) {
		return new FamilyRuleView(rule.kind(), rule.familyId(),
				lookup.family(rule.familyId()).map(ProductFamilyRef::code).orElse(null), rule.parameterCode(),
				rule.mappings()
					.stream()
					.map(m -> new FamilyMappingView(m.optionCode(), m.familyId(),
							lookup.family(m.familyId()).map(ProductFamilyRef::code).orElse(null)))
					.toList(),
				rule.formula());
	}

	/** A configuration as the "try it" panel shows it: with the names and units of the items and steps. */
	public record ConfigurationView(String templateCode, int templateVersion, String itemCode, String itemName,
			String productFamilyCode, Map<String, String> values, List<ComponentView> components, List<StepView> steps) {
	}

	public record ComponentView(String itemCode, String itemName, String unit, BigDecimal quantityPerUnit,
			BigDecimal scrapFactor) {
	}

	public record StepView(int stepNo, String name, BigDecimal runMinutesPerUnit) {
	}

	static ConfigurationView configuration(Configuration c, CatalogLookup.Session lookup, Items items) {
		Optional<ItemRef> item = items.findByCode(c.itemCode());
		List<RoutingStepRef> routing = item.flatMap(i -> lookup.routingOf(i.id())).map(r -> r.steps()).orElse(List.of());
		return new ConfigurationView(c.templateCode(), c.templateVersion(), c.itemCode(),
				item.map(ItemRef::name).orElse(null), c.productFamilyCode(), new java.util.TreeMap<>(c.values()),
				c.components().stream().map(component -> {
					Optional<ItemRef> ref = items.findByCode(component.itemCode());
					return new ComponentView(component.itemCode(), ref.map(ItemRef::name).orElse(null),
							ref.map(r -> r.unit().name()).orElse(null), component.quantityPerUnit(), component.scrapFactor());
				}).toList(),
				c.steps().stream().map(step -> new StepView(step.stepNo(), routing.stream()
					.filter(s -> s.stepNo() == step.stepNo())
					.map(RoutingStepRef::name)
					.findFirst()
					.orElse(null), step.runMinutesPerUnit())).toList());
	}
}
