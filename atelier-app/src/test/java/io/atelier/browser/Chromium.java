package io.atelier.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright for Java: no browser is downloaded. Where Chromium is not installed the browser
 * tests are skipped, and say so loudly (CI installs it: see .ci/run).
 */
final class Chromium {

	static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("ATELIER_CHROMIUM", "/usr/bin/chromium"));

	private Chromium() {
	}

	static Playwright playwright() {
		if (!Files.isExecutable(EXECUTABLE)) {
			System.err.println("""

					****************************************************************************************
					*  SKIPPED: browser tests need Debian's chromium at %s (apt-get install chromium)
					****************************************************************************************
					""".formatted(EXECUTABLE));
			Assumptions.abort("chromium is not installed at " + EXECUTABLE);
		}
		return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	static Browser launch(Playwright playwright) {
		return launch(playwright, List.of());
	}

	/** A browser with further command-line switches, e.g. a fake camera ({@link FakeCamera}). */
	static Browser launch(Playwright playwright, List<String> extraArgs) {
		List<String> args = new ArrayList<>(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync"));
		args.addAll(extraArgs);
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(args));
	}
}
