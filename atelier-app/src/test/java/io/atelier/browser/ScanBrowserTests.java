package io.atelier.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The phone's scanner (docs/shopfloor.md, "Scanning"): Chromium's camera films the QR code of an operation cut out
 * of the printed job card, and the scan page opens the operation; a typed code does the same; an unknown code and a
 * foreign one are refused in words. The polyfill's wasm comes from Atelier itself, nothing from anywhere else.
 */
class ScanBrowserTests extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aJobCardsQrCodeInFrontOfTheCameraOpensItsOperation(@TempDir Path dir) throws IOException {
		JsonNode workOrder = releasedDeskWorkOrder();
		long operation = workOrder.get("operations").get(0).get("id").asLong();
		BufferedImage printed = PrintedQrCode.cutOut(jobCard(workOrder.get("id").asLong()), "ATL:OP:" + operation, 200);
		BufferedImage frame = FakeCamera.frame(printed, 300);
		Files.createDirectories(Path.of("target/screenshots"));
		ImageIO.write(frame, "png", Path.of("target/screenshots/scan-camera-frame.png").toFile());
		Path video = FakeCamera.video(frame, dir.resolve("job-card.y4m"));

		try (Browser camera = Chromium.launch(playwright, FakeCamera.switches(video))) {
			BrowserContext context = camera.newContext(phone("en"));
			context.grantPermissions(List.of("camera"), new BrowserContext.GrantPermissionsOptions().setOrigin(base()));
			List<String> elsewhere = new CopyOnWriteArrayList<>();
			context.route(url -> !url.startsWith(base()), route -> {
				elsewhere.add(route.request().url());
				route.abort();
			});
			List<Response> wasm = new CopyOnWriteArrayList<>();
			context.onResponse(response -> {
				if (response.url().endsWith(".wasm")) {
					wasm.add(response);
				}
			});
			Page page = signIn(context, "operator", "My tasks"); // an operator lands on the phone screens
			try {
				page.navigate(base() + "/m/scan");
				page.waitForURL("**/m/operations/" + operation, new Page.WaitForURLOptions().setTimeout(60_000));
				assertThat(page).hasURL(base() + "/m/operations/" + operation);
				screenshot(page, "scan-camera-opened-operation");

				// the page loads it; the phone screens' service worker also keeps a copy for scanning offline
				org.assertj.core.api.Assertions.assertThat(wasm).as("the polyfill's wasm").isNotEmpty().hasSizeLessThanOrEqualTo(2);
				org.assertj.core.api.Assertions.assertThat(wasm.stream().map(Response::url).distinct().toList()).hasSize(1);
				for (Response response : wasm) {
					assertEquals(200, response.status());
					assertEquals("application/wasm", response.headerValue("content-type"));
				}
				assertEquals(List.of(), elsewhere, "nothing is fetched from outside the factory");
				assertWasmServedWithoutSigningIn(wasm.get(0).url());
			}
			catch (AssertionError | RuntimeException failure) {
				screenshot(page, "failure-scan-camera");
				throw failure;
			}
			finally {
				context.close();
			}
		}
	}

	@Test
	void aTypedCodeOrALinkOpensTheOperationAndUnknownOrForeignCodesAreRefusedInWords() {
		long operation = releasedDeskWorkOrder().get("operations").get(1).get("id").asLong();
		BrowserContext context = browser.newContext(phone("en")); // no camera here: typing must work without one
		Page page = signIn(context, "operator", "My tasks"); // an operator lands on the phone screens
		try {
			page.navigate(base() + "/m/scan");
			assertThat(page.getByTestId("scan-title")).hasText("Scan");
			Locator message = page.getByTestId("scan-message");
			Locator input = page.getByTestId("scan-code-input");

			input.fill("ATL:OP:999999999");
			page.getByTestId("scan-code-submit").click();
			assertThat(message).containsText("Nothing here has the code ATL:OP:999999999");

			input.fill("hello");
			input.press("Enter");
			assertThat(message).containsText("\"hello\" is not an Atelier code");
			screenshot(page, "scan-foreign-code");

			input.fill("op:" + operation); // typed without the ATL: prefix
			page.getByTestId("scan-code-submit").click();
			page.waitForURL("**/m/operations/" + operation);
			assertThat(page).hasURL(base() + "/m/operations/" + operation);

			// the link form, as a phone's camera app opens it
			page.navigate(base() + "/m/op/" + operation);
			page.waitForURL("**/m/operations/" + operation);
		}
		catch (AssertionError | RuntimeException failure) {
			screenshot(page, "failure-scan-typed");
			throw failure;
		}
		finally {
			context.close();
		}
	}

	@Test
	void aBadgeIsNamedInChineseAndAWorkOrderOpensItsOrder() {
		JsonNode workOrder = releasedDeskWorkOrder();
		BrowserContext context = browser.newContext(phone("zh-CN"));
		Page page = signIn(context, "supervisor", "首页");
		try {
			page.navigate(base() + "/m/scan");
			Locator input = page.getByTestId("scan-code-input");
			input.fill("ATL:WK:W-1001");
			page.getByTestId("scan-code-submit").click();
			assertThat(page.getByTestId("scan-message")).containsText("的工牌");
			screenshot(page, "scan-badge-zh-CN");

			input.fill("ATL:WO:" + workOrder.get("id").asLong());
			page.getByTestId("scan-code-submit").click();
			page.waitForURL("**/orders/" + workOrder.get("orderId").asLong() + "?tab=workOrders");
			assertThat(page.getByTestId("order-work-orders")).containsText(workOrder.get("number").asString());
		}
		catch (AssertionError | RuntimeException failure) {
			screenshot(page, "failure-scan-badge");
			throw failure;
		}
		finally {
			context.close();
		}
	}

	private static Browser.NewContextOptions phone(String locale) {
		return new Browser.NewContextOptions().setLocale(locale).setViewportSize(390, 844).setHasTouch(true);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	/** The polyfill's binary is part of the app shell: anyone may fetch it, as the browser does before signing in. */
	private void assertWasmServedWithoutSigningIn(String url) {
		APIRequestContext anonymous = playwright.request().newContext();
		try {
			APIResponse response = anonymous.get(url);
			assertEquals(200, response.status());
			assertEquals("application/wasm", response.headers().get("content-type"));
			assertFalse(response.body().length < 100_000, "the whole binary");
		}
		finally {
			anonymous.dispose();
		}
	}

	/** The work order of a released order of two demo desks (fit OP-10, pack OP-20), through the API as a planner. */
	private JsonNode releasedDeskWorkOrder() {
		APIRequestContext http = planner();
		try {
			long customer = json(http.get("/api/customers?q=C-MUJIAN")).get("items").get(0).get("id").asLong();
			Map<String, Object> order = new HashMap<>();
			order.put("customerId", customer);
			order.put("requestedDate", LocalDate.now().plusDays(20).toString());
			order.put("priority", "NORMAL");
			order.put("lines", List.of(Map.of("itemCode", "PRD-DESK-1200", "quantity", "2")));
			JsonNode current = json(http.post("/api/orders", RequestOptions.create().setData(order)));
			for (String action : List.of("confirm", "release")) {
				current = json(http.post("/api/orders/" + current.get("id").asLong() + "/" + action,
						RequestOptions.create().setData(Map.of("version", current.get("version").asLong()))));
			}
			return json(http.get("/api/orders/" + current.get("id").asLong() + "/work-orders")).get(0);
		}
		finally {
			http.dispose();
		}
	}

	/** The A4 job card of a work order, as printed. */
	private byte[] jobCard(long workOrderId) {
		APIRequestContext http = planner();
		try {
			APIResponse pdf = http.get("/api/work-orders/" + workOrderId + "/traveller.pdf?lang=en");
			assertEquals(200, pdf.status(), pdf::text);
			return pdf.body();
		}
		finally {
			http.dispose();
		}
	}

	private APIRequestContext planner() {
		APIRequestContext anonymous = playwright.request()
			.newContext(new com.microsoft.playwright.APIRequest.NewContextOptions().setBaseURL(base()));
		String token;
		try {
			token = json(anonymous.post("/api/auth/tokens",
					RequestOptions.create().setData(Map.of("username", "planner", "password", "demo"))))
				.get("token")
				.asString();
		}
		finally {
			anonymous.dispose();
		}
		return playwright.request()
			.newContext(new com.microsoft.playwright.APIRequest.NewContextOptions().setBaseURL(base())
				.setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + token)));
	}

	private static JsonNode json(APIResponse response) {
		if (response.status() >= 300) {
			throw new AssertionError(response.url() + " answered " + response.status() + ": " + response.text());
		}
		try {
			return JSON.readTree(response.text());
		}
		catch (RuntimeException ex) {
			throw new UncheckedIOException(new IOException("not JSON: " + response.text(), ex));
		}
	}
}
