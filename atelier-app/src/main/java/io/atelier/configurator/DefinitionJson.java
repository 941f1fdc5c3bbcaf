package io.atelier.configurator;

import tools.jackson.databind.json.JsonMapper;

/** A version's definition as stored: JSON, written the same way every time so that an unchanged one compares equal. */
final class DefinitionJson {

	static final int MAX_LENGTH = 200_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DefinitionJson() {
	}

	static String write(TemplateRules.Definition definition) {
		return JSON.writeValueAsString(definition);
	}

	static TemplateRules.Definition read(String json) {
		return JSON.readValue(json, TemplateRules.Definition.class);
	}
}
