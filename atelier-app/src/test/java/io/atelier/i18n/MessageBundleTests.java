package io.atelier.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese and English are both first-class: every message key exists in both languages, no translation is empty, and
 * every key the code uses exists. (The front end has the same test for its locale files, run by {@code npm test}.)
 */
class MessageBundleTests {

	/** Prefixes of keys the code uses besides those the bundles' own keys start with. */
	private static final Set<String> SHARED_PREFIXES = Set.of("validation", "import", "problem", "entity");

	@Test
	void everyKeyExistsInEnglishAndInChinese() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String basename : basenames()) {
			Properties english = load(basename + ".properties");
			Properties chinese = load(basename + "_zh_CN.properties");
			difference(english, chinese).forEach(key -> problems.add(basename + ": '" + key + "' has no Chinese text"));
			difference(chinese, english).forEach(key -> problems.add(basename + ": '" + key + "' has no English text"));
			Stream.of(english, chinese)
				.flatMap(p -> p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()))
				.forEach(key -> problems.add(basename + ": '" + key + "' is empty"));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyKeyTheCodeUsesHasATranslation() throws IOException {
		Properties all = new Properties();
		for (String basename : basenames()) {
			all.putAll(load(basename + ".properties"));
		}
		// a string literal that starts like a key of some bundle ("orders.", "order-split.", …) is a key
		Set<String> prefixes = new TreeSet<>(SHARED_PREFIXES);
		all.stringPropertyNames().forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.'))));
		Pattern keyInCode = Pattern.compile("\"((?:" + prefixes.stream().map(Pattern::quote).collect(Collectors.joining("|"))
				+ ")\\.[A-Za-z0-9.-]+)\"");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher keys = keyInCode.matcher(Files.readString(source));
				while (keys.find()) {
					if (!all.containsKey(keys.group(1)) && !keys.group(1).endsWith(".")) {
						missing.add(keys.group(1) + " (" + source.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKindOfRecordHasANameInBothLanguages() throws IOException {
		Properties all = new Properties();
		for (String basename : basenames()) {
			all.putAll(load(basename + ".properties"));
		}
		var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(jakarta.persistence.Entity.class));
		Set<String> missing = new TreeSet<>();
		for (var candidate : scanner.findCandidateComponents("io.atelier")) {
			String simpleName = candidate.getBeanClassName().substring(candidate.getBeanClassName().lastIndexOf('.') + 1);
			if (!all.containsKey("entity." + simpleName)) {
				missing.add("entity." + simpleName);
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<String> basenames() throws IOException {
		String yaml = new ClassPathResource("application.yml").getContentAsString(StandardCharsets.UTF_8);
		Matcher basename = Pattern.compile("basename:\\s*(\\S+)").matcher(yaml);
		assertThat(basename.find()).as("spring.messages.basename in application.yml").isTrue();
		return List.of(basename.group(1).split(","));
	}

	private static Set<String> difference(Properties a, Properties b) {
		Set<String> keys = new TreeSet<>(a.stringPropertyNames());
		keys.removeAll(b.stringPropertyNames());
		return keys;
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
