package io.atelier.configurator;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.atelier.configurator.TemplateRules.BomRule;
import io.atelier.configurator.TemplateRules.FamilyRule;
import io.atelier.configurator.TemplateRules.StepRule;
import io.atelier.shared.masterdata.Versioned;

/**
 * Creates a template (its first draft) or changes its draft. {@code familyRule} empty means the item's own family.
 *
 * @param version the template's version as read; null when creating
 * @param itemId the catalog item the product is made as: a made item with a routing
 */
public record TemplateCommand(Long version, @NotBlank @Size(max = 40) String code,
		@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description, @NotNull Long itemId,
		@Valid FamilyRule familyRule, @Size(max = 100) List<@Valid @NotNull ParameterDefinition> parameters,
		@Size(max = 200) List<@Valid @NotNull BomRule> bomRules,
		@Size(max = 200) List<@Valid @NotNull StepRule> stepRules) implements Versioned {

	TemplateRules.Definition definition() {
		return new TemplateRules.Definition(familyRule, parameters, bomRules, stepRules);
	}
}
