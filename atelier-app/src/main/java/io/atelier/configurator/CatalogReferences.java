package io.atelier.configurator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.atelier.catalog.Items.ItemRef;
import io.atelier.catalog.Procurement;
import io.atelier.catalog.Routings.RoutingRef;
import io.atelier.shared.domain.FieldError;

/**
 * The catalog records a version refers to must exist and fit: a made item with a routing, components other than the
 * product itself, steps of that routing (each with one rule at most), and product families.
 */
final class CatalogReferences {

	private CatalogReferences() {
	}

	static List<FieldError> check(long itemId, TemplateRules.Definition definition, CatalogLookup.Session lookup) {
		List<FieldError> errors = new ArrayList<>();
		Optional<ItemRef> item = lookup.item(itemId);
		Optional<RoutingRef> routing = lookup.routingOf(itemId);
		if (item.isEmpty()) {
			errors.add(FieldError.of("itemId", "validation.unknown-reference", itemId));
		}
		else if (item.get().procurement() != Procurement.MAKE) {
			errors.add(FieldError.of("itemId", "configurator.template.item-not-made", item.get().code()));
		}
		else if (routing.isEmpty()) {
			errors.add(FieldError.of("itemId", "configurator.template.item-without-routing", item.get().code()));
		}
		lookup.preloadItems(definition.bomRules().stream().map(TemplateRules.BomRule::componentItemId).toList());
		for (int i = 0; i < definition.bomRules().size(); i++) {
			Long component = definition.bomRules().get(i).componentItemId();
			if (lookup.item(component).isEmpty()) {
				errors.add(FieldError.of("bomRules[" + i + "].componentItemId", "validation.unknown-reference", component));
			}
			else if (component == itemId) {
				errors.add(FieldError.of("bomRules[" + i + "].componentItemId", "configurator.template.component-is-product"));
			}
		}
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < definition.stepRules().size(); i++) {
			int stepNo = definition.stepRules().get(i).stepNo();
			String field = "stepRules[" + i + "].stepNo";
			if (routing.isPresent() && routing.get().steps().stream().noneMatch(s -> s.stepNo() == stepNo)) {
				errors.add(FieldError.of(field, "configurator.template.unknown-step", stepNo, item.get().code()));
			}
			else if (!seen.add(stepNo)) {
				errors.add(FieldError.of(field, "configurator.template.step-twice", stepNo));
			}
		}
		TemplateRules.FamilyRule family = definition.familyRule();
		if (family.familyId() != null && lookup.family(family.familyId()).isEmpty()) {
			errors.add(FieldError.of("familyRule.familyId", "validation.unknown-reference", family.familyId()));
		}
		for (int i = 0; i < family.mappings().size(); i++) {
			Long familyId = family.mappings().get(i).familyId();
			if (lookup.family(familyId).isEmpty()) {
				errors.add(FieldError.of("familyRule.mappings[" + i + "].familyId", "validation.unknown-reference",
						familyId));
			}
		}
		return errors;
	}
}
