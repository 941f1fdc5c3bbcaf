package io.atelier.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Finds {@code shared/benchmarks} beside the repository, whether the tests run from the module or the repository root,
 * and skips a test loudly when it is absent.
 */
final class SharedBenchmarks {

	private SharedBenchmarks() {
	}

	static Path file(String relative) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/benchmarks").resolve(relative);
			if (Files.exists(candidate)) {
				return candidate;
			}
		}
		System.err.println("SKIPPED: shared/benchmarks/" + relative + " is not beside the repository");
		assumeTrue(false, "shared/benchmarks/" + relative + " is not beside the repository");
		return null;
	}
}
