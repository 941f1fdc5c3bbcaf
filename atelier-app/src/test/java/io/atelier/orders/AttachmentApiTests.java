package io.atelier.orders;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
class AttachmentApiTests {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	Api api;

	private static String base(JsonNode order) {
		return "/api/orders/" + order.get("id").asLong() + "/attachments";
	}

	@Test
	void aDrawingWithAChineseNameIsStoredWithItsHashAndDownloadedUnderItsName() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = fixtures.draft(fixtures.newCustomer());
		var uploaded = api.as("planner").upload(base(order), "C:\\图纸\\书桌 图纸 v2.pdf", PDF);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		JsonNode attachment = uploaded.json();
		assertThat(attachment.get("fileName").asString()).isEqualTo("书桌 图纸 v2.pdf");
		assertThat(attachment.get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(attachment.get("sizeBytes").asLong()).isEqualTo(PDF.length);
		assertThat(attachment.get("sha256").asString()).hasSize(64);
		assertThat(attachment.get("uploadedBy").asString()).isEqualTo("planner");

		var download = api.as("operator").get(base(order) + "/" + attachment.get("id").asLong());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(PDF);
		assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(download.header("Content-Disposition")).startsWith("attachment;")
			.endsWith("; filename*=UTF-8''%E4%B9%A6%E6%A1%8C%20%E5%9B%BE%E7%BA%B8%20v2.pdf"); // RFC 5987
		assertThat(api.as("manager").get(base(order)).json()).hasSize(1);
	}

	@Test
	void onlyThoseWhoMaySeeTheOrderDownloadItsFilesTheCustomerOfTheOrderIncluded() {
		var fixtures = new OrderFixtures(api);
		JsonNode own = fixtures.draft(fixtures.customerId(OrderFixtures.DEMO_CUSTOMER));
		JsonNode other = fixtures.draft(fixtures.newCustomer());
		long ownFile = api.as("planner").upload(base(own), "photo.png", png()).json().get("id").asLong();
		long otherFile = api.as("planner").upload(base(other), "photo.png", png()).json().get("id").asLong();

		var customer = api.as("customer");
		assertThat(customer.get(base(own) + "/" + ownFile).status()).isEqualTo(200);
		assertThat(customer.get(base(other) + "/" + otherFile).status()).isEqualTo(404);
		assertThat(customer.get(base(other)).status()).isEqualTo(404);
		assertThat(customer.get(base(own) + "/" + otherFile).status()).as("a file of another order").isEqualTo(404);
		assertThat(customer.upload(base(own), "photo.png", png()).status()).isEqualTo(403);
		assertThat(customer.delete(base(own) + "/" + ownFile).status()).isEqualTo(403);
		assertThat(api.as("quality").delete(base(own) + "/" + ownFile).status()).isEqualTo(204);
		assertThat(customer.get(base(own) + "/" + ownFile).status()).isEqualTo(404);
	}

	@Test
	void aFileOfAnotherKindOrWhoseContentIsNotWhatItsNameSaysIsRefusedInTheCallersLanguage() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = fixtures.draft(fixtures.newCustomer());
		var script = api.as("planner").upload(base(order), "run.exe", "MZ...".getBytes(StandardCharsets.US_ASCII));
		assertThat(script.status()).isEqualTo(422);
		assertThat(script.fieldError("file")).startsWith("this kind of file cannot be attached").contains("dwg", "step");
		var disguised = api.as("planner").inChinese().upload(base(order), "drawing.pdf", new byte[] { 'M', 'Z', 0, 0 });
		assertThat(disguised.status()).isEqualTo(422);
		assertThat(disguised.fieldError("file")).startsWith("不能附加此类文件");
		var model = api.as("planner").upload(base(order), "part.step",
				"ISO-10303-21;\nHEADER;\nENDSEC;".getBytes(StandardCharsets.US_ASCII));
		assertThat(model.status()).isEqualTo(201);
		assertThat(model.json().get("contentType").asString()).isEqualTo("model/step");
	}

	@Test
	void aFileOverTheLimitIsRefusedWith413NamingTheLimit() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = fixtures.draft(fixtures.newCustomer());
		byte[] big = new byte[25 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		var request = MockMvcRequestBuilders.multipart(base(order))
			.file(new MockMultipartFile("file", "big.pdf", "application/pdf", big));
		var refused = api.as("planner").inChinese().send(request);
		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.json().get("detail").asString()).isEqualTo("文件超过 25 MB。");
		assertThat(api.as("planner").get(base(order)).json()).isEmpty();
	}

	private static byte[] png() {
		byte[] content = Arrays.copyOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, 64);
		return content;
	}
}
