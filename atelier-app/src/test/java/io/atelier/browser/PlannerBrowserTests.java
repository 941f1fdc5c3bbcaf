package io.atelier.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** What a planner does first: signs in, switches the UI to Chinese and opens the machines of the demo factory. */
class PlannerBrowserTests extends BrowserTest {

	@Test
	void aPlannerSignsInSwitchesToChineseAndOpensTheMachines() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
			.setViewportSize(1366, 900));
		Page page = signIn(context, "planner", "Home");

		page.getByTestId("lang-switch").click();
		page.getByTestId("lang-zh-CN").click();
		assertThat(page.getByTestId("page-title")).hasText("首页");

		page.getByTestId("nav-machines").click();
		assertThat(page.getByTestId("page-title")).hasText("设备");
		assertThat(page.getByTestId("list-table")).containsText("CNC");
		screenshot(page, "machines-zh-CN");

		page.getByTestId("list-table").getByText("M-BORE-01").click();
		assertThat(page.getByTestId("page-title")).containsText("M-BORE-01");
		assertThat(page.getByLabel("编码")).hasValue("M-BORE-01");
		screenshot(page, "machine-zh-CN");
		context.close();
	}

	@Test
	void onAPhoneTheNavigationIsADrawerAndPagesFitTheScreen() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
			.setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true));
		Page page = signIn(context, "supervisor", "首页");

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
