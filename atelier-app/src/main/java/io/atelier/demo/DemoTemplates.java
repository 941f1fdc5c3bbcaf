package io.atelier.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import io.atelier.catalog.Items;
import io.atelier.catalog.ProductFamilies;
import io.atelier.configurator.ProductTemplates;
import io.atelier.configurator.TemplateCommand;
import io.atelier.configurator.TemplateViews.TemplateView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates and releases the demo product templates from {@code demo/templates/*.json}, through the configurator's own
 * service, so they pass the same checks as a planner's. The files name catalog records by code ({@code item},
 * {@code component}, {@code family}), which are looked up here: ids differ from one database to the next.
 */
@Component
class DemoTemplates {

	private final JsonMapper json = JsonMapper.builder().build();

	private final ProductTemplates templates;

	private final Items items;

	private final ProductFamilies families;

	DemoTemplates(ProductTemplates templates, Items items, ProductFamilies families) {
		this.templates = templates;
		this.items = items;
		this.families = families;
	}

	int load() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/templates/*.json");
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		for (Resource file : files) {
			try (InputStream content = file.getInputStream()) {
				TemplateView created = templates.create(command((ObjectNode) json.readTree(content)));
				templates.release(created.id(), 1, created.version());
			}
		}
		return files.length;
	}

	private TemplateCommand command(ObjectNode template) {
		template.put("itemId", itemId(template.get("item").asString()));
		for (JsonNode rule : template.get("bomRules")) {
			((ObjectNode) rule).put("componentItemId", itemId(rule.get("component").asString()));
		}
		JsonNode familyRule = template.path("familyRule");
		if (familyRule.has("family")) {
			((ObjectNode) familyRule).put("familyId", familyId(familyRule.get("family").asString()));
		}
		for (JsonNode mapping : familyRule.path("mappings")) {
			((ObjectNode) mapping).put("familyId", familyId(mapping.get("family").asString()));
		}
		return json.treeToValue(template, TemplateCommand.class);
	}

	private long itemId(String code) {
		return items.findByCode(code)
			.orElseThrow(() -> new IllegalStateException("Demo template names unknown item " + code))
			.id();
	}

	private long familyId(String code) {
		return families.findByCode(code)
			.orElseThrow(() -> new IllegalStateException("Demo template names unknown family " + code))
			.id();
	}
}
