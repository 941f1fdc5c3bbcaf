package io.atelier.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI uses the same public API as integrators; this checks its hand-written TypeScript types against the OpenAPI
 * document the server publishes: every field the UI sends exists in the request schema, and every field it reads exists
 * in the response schema. A renamed or misspelt field fails here rather than as an empty column in a browser.
 */
@AtelierIntegrationTest
class FrontEndContractTests {

	private static final Path FEATURES = Path.of("../atelier-web/src");

	private static final Pattern RESOURCE = Pattern.compile("resourceApi<(\\w+), (\\w+)>\\('([^']+)'\\)");

	private static final Pattern INTERFACE = Pattern
		.compile("export interface (\\w+)(?:<[^>]*>)?(?: extends ([\\w, <>]+))? \\{(\\}|.*?\\n\\})", Pattern.DOTALL);

	private static final Pattern FIELD = Pattern.compile("^\\s{2}(?:readonly )?(\\w+)\\??:", Pattern.MULTILINE);

	@Autowired
	Api api;

	@Test
	void theFieldsTheWebUiSendsAndReadsExistInTheApi() throws IOException {
		JsonNode openApi = api.anonymous().get("/api/docs").json();
		Map<String, List<String>> interfaces = new HashMap<>();
		Map<String, List<String>> parents = new HashMap<>();
		List<String[]> resources = new ArrayList<>();
		try (Stream<Path> files = Files.walk(FEATURES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".ts") && !f.toString().endsWith(".spec.ts")).toList()) {
				String source = Files.readString(file);
				Matcher declared = INTERFACE.matcher(source);
				while (declared.find()) {
					List<String> fields = new ArrayList<>();
					Matcher field = FIELD.matcher(declared.group(3));
					while (field.find()) {
						fields.add(field.group(1));
					}
					interfaces.put(declared.group(1), fields);
					parents.put(declared.group(1),
							declared.group(2) == null ? List.of() : List.of(declared.group(2).replaceAll("<[^>]*>", "").split(",\\s*")));
				}
				Matcher resource = RESOURCE.matcher(source);
				while (resource.find()) {
					resources.add(new String[] { resource.group(1), resource.group(2), resource.group(3) });
				}
			}
		}
		assertThat(resources).as("resources the web UI uses").hasSizeGreaterThanOrEqualTo(10);

		Set<String> problems = new TreeSet<>();
		for (String[] resource : resources) {
			String path = resource[2];
			Set<String> response = properties(openApi, openApi.at(jsonPointer(path + "/{id}", "get"))
				.path("responses").path("200").path("content"));
			Set<String> request = properties(openApi, openApi.at(jsonPointer(path, "post"))
				.path("requestBody").path("content"));
			if (response.isEmpty() || request.isEmpty()) {
				problems.add(path + ": not in the OpenAPI document");
				continue;
			}
			for (String field : fields(resource[0], interfaces, parents)) {
				if (!response.contains(field)) {
					problems.add("%s: the UI reads '%s' (%s), the API has no such field".formatted(path, field, resource[0]));
				}
			}
			for (String field : fields(resource[1], interfaces, parents)) {
				if (!request.contains(field)) {
					problems.add("%s: the UI sends '%s' (%s), the API takes no such field".formatted(path, field, resource[1]));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static Set<String> fields(String type, Map<String, List<String>> interfaces, Map<String, List<String>> parents) {
		Set<String> fields = new LinkedHashSet<>(interfaces.getOrDefault(type, List.of()));
		for (String parent : parents.getOrDefault(type, List.of())) {
			fields.addAll(fields(parent.trim(), interfaces, parents));
		}
		return fields;
	}

	private static String jsonPointer(String path, String method) {
		return "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method;
	}

	private static Set<String> properties(JsonNode openApi, JsonNode content) {
		Set<String> names = new TreeSet<>();
		for (JsonNode mediaType : content) {
			String ref = mediaType.path("schema").path("$ref").asString("");
			if (ref.startsWith("#/components/schemas/")) {
				openApi.path("components").path("schemas").path(ref.substring(21)).path("properties")
					.propertyNames().forEach(names::add);
			}
		}
		return names;
	}
}
