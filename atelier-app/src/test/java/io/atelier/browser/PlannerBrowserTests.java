package io.atelier.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** What a planner does first: signs in, switches the UI to Chinese and opens the machines of the demo factory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atelier.data-dir=target/test-data/browser-${random.uuid}", "atelier.demo-data=true" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlannerBrowserTests {

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

	@Test
	void aPlannerSignsInSwitchesToChineseAndOpensTheMachines() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
			.setViewportSize(1366, 900));
		Page page = context.newPage();
		page.navigate("http://localhost:" + port + "/login");
		page.getByTestId("login-username").fill("planner");
		page.getByTestId("login-password").fill("demo");
		page.getByTestId("login-submit").click();
		assertThat(page.getByTestId("page-title")).hasText("Home");

		page.getByTestId("lang-switch").click();
		page.getByTestId("lang-zh-CN").click();
		assertThat(page.getByTestId("page-title")).hasText("首页");

		page.getByTestId("nav-machines").click();
		assertThat(page.getByTestId("page-title")).hasText("设备");
		assertThat(page.getByTestId("list-table")).containsText("CNC");
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/machines-zh-CN.png"))
			.setFullPage(true));

		page.getByTestId("list-table").getByText("M-BORE-01").click();
		assertThat(page.getByTestId("page-title")).containsText("M-BORE-01");
		assertThat(page.getByLabel("编码")).hasValue("M-BORE-01");
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/machine-zh-CN.png"))
			.setFullPage(true));
		context.close();
	}

	@Test
	void onAPhoneTheNavigationIsADrawerAndPagesFitTheScreen() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
			.setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true));
		Page page = context.newPage();
		page.navigate("http://localhost:" + port + "/login");
		page.getByTestId("login-username").fill("supervisor");
		page.getByTestId("login-password").fill("demo");
		page.getByTestId("login-submit").click();
		assertThat(page.getByTestId("page-title")).hasText("首页");

		page.getByTestId("nav-toggle").click();
		page.getByTestId("nav-workers").click();
		assertThat(page.getByTestId("page-title")).hasText("人员");
		assertThat(page.getByTestId("list-table")).containsText("W-1001");
		Object overflow = page.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
		org.assertj.core.api.Assertions.assertThat(page.getByTestId("create-button").count())
			.as("a supervisor reads master data but does not create it")
			.isZero();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/workers-phone-zh-CN.png")));
		context.close();
	}
}
