package io.atelier.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A test that drives Debian's Chromium against the application on a random port with the demo factory loaded. All
 * browser tests share one application context and one browser per class; each test opens its own browser context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atelier.data-dir=target/test-data/browser-${random.uuid}", "atelier.demo-data=true",
				"atelier.demo-orders=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	@LocalServerPort
	int port;

	Playwright playwright;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		playwright = Chromium.playwright();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	void stopBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	/**
	 * Signs a demo user in (password {@code demo}) and waits for the home page, titled as given in the context's
	 * language; the browser's console errors and page errors are printed to stderr with the user's name.
	 */
	Page signIn(BrowserContext context, String username, String homeTitle) {
		Page page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				System.err.println("[browser " + username + "] " + message.text());
			}
		});
		page.onPageError(error -> System.err.println("[browser " + username + "] page error: " + error));
		page.navigate("http://localhost:" + port + "/login");
		page.getByTestId("login-username").fill(username);
		page.getByTestId("login-password").fill("demo");
		page.getByTestId("login-submit").click();
		assertThat(page.getByTestId("page-title")).hasText(homeTitle);
		return page;
	}

	/** Saves what the page shows to {@code target/screenshots/<name>.png}. */
	static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png"))
			.setFullPage(true));
	}
}
