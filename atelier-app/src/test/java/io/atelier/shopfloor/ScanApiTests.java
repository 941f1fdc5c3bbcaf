package io.atelier.shopfloor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The phone's scanner asks the server what a code names (docs/shopfloor.md, "Scanning"): the page to open for an
 * operation or a work order, what a badge or a machine is, and why a code is refused.
 */
@AtelierIntegrationTest
class ScanApiTests {

	@Autowired
	Api api;

	@Test
	void anOperationsCodeOpensTheOperationsPhonePage() {
		JsonNode workOrder = new ReportFixtures(api).releasedDesk("2");
		JsonNode operation = workOrder.get("operations").get(0);
		long id = operation.get("id").asLong();

		var answer = scan("operator", "ATL:OP:" + id);

		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		JsonNode scanned = answer.json();
		assertThat(scanned.get("kind").asString()).isEqualTo("OPERATION");
		assertThat(scanned.get("id").asLong()).isEqualTo(id);
		assertThat(scanned.get("code").asString()).isEqualTo("ATL:OP:" + id);
		assertThat(scanned.get("label").asString()).isEqualTo(
				operation.get("number").asString() + " " + operation.get("name").asString());
		assertThat(scanned.get("target").asString()).isEqualTo("/m/operations/" + id);
	}

	@Test
	void theLinkFormAndALowerCaseCodeWithBlanksNameTheSameOperation() {
		long id = new ReportFixtures(api).releasedDesk("1").get("operations").get(1).get("id").asLong();

		assertThat(scan("supervisor", "https://mes.example.com/atelier/m/op/" + id).json().get("target").asString())
			.isEqualTo("/m/operations/" + id);
		assertThat(scan("quality", "  atl:op:" + id + " ").json().get("code").asString()).isEqualTo("ATL:OP:" + id);
	}

	@Test
	void aWorkOrdersCodeOpensItsOrderAtTheWorkOrders() {
		JsonNode workOrder = new ReportFixtures(api).releasedDesk("1");

		JsonNode scanned = scan("operator", "ATL:WO:" + workOrder.get("id").asLong()).json();

		assertThat(scanned.get("kind").asString()).isEqualTo("WORK_ORDER");
		assertThat(scanned.get("label").asString()).startsWith(workOrder.get("number").asString())
			.contains(workOrder.get("itemName").asString());
		assertThat(scanned.get("target").asString())
			.isEqualTo("/orders/" + workOrder.get("orderId").asLong() + "?tab=workOrders");
	}

	@Test
	void theNumbersPrintedOnTheJobCardInWordsCanBeTypedInsteadOfTheCode() {
		JsonNode workOrder = new ReportFixtures(api).releasedDesk("1");
		JsonNode pack = workOrder.get("operations").get(1);

		JsonNode operation = scan("operator", " " + pack.get("number").asString().toLowerCase() + " ").json();
		assertThat(operation.get("code").asString()).isEqualTo("ATL:OP:" + pack.get("id").asLong());
		assertThat(operation.get("target").asString()).isEqualTo("/m/operations/" + pack.get("id").asLong());

		JsonNode order = scan("operator", workOrder.get("number").asString()).json();
		assertThat(order.get("code").asString()).isEqualTo("ATL:WO:" + workOrder.get("id").asLong());

		assertThat(scan("operator", workOrder.get("number").asString() + "/OP-990").status()).isEqualTo(404);
		assertThat(scan("operator", "SO-1900-0001/WO-01").status()).isEqualTo(404);
	}

	@Test
	void badgesAndMachinesAreNamedWithoutAPageToOpen() {
		var supervisor = api.as("supervisor");
		JsonNode worker = supervisor.get("/api/workers?size=1").json().get("items").get(0);
		JsonNode machine = supervisor.get("/api/machines?size=1").json().get("items").get(0);

		JsonNode badge = scan("operator", "ATL:WK:" + worker.get("code").asString()).json();
		assertThat(badge.get("kind").asString()).isEqualTo("WORKER");
		assertThat(badge.get("id").asLong()).isEqualTo(worker.get("id").asLong());
		assertThat(badge.get("label").asString()).isEqualTo(worker.get("code").asString() + " " + worker.get("name").asString());
		assertThat(badge.get("target").isNull()).isTrue();

		JsonNode label = scan("operator", "ATL:MC:" + machine.get("code").asString()).json();
		assertThat(label.get("kind").asString()).isEqualTo("MACHINE");
		assertThat(label.get("label").asString()).contains(machine.get("code").asString(), machine.get("name").asString());
		assertThat(label.get("target").isNull()).isTrue();
	}

	@Test
	void aCodeThatNamesNothingHereIsNotFound() {
		for (String code : new String[] { "ATL:OP:999999999", "ATL:WO:999999999", "ATL:WK:NO-SUCH-WORKER",
				"ATL:MC:NO-SUCH-MACHINE" }) {
			var answer = scan("operator", code);
			assertThat(answer.status()).as(code).isEqualTo(404);
			assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		}
	}

	@Test
	void aCodeThatIsNotOneOfOursIsRefusedNamingTheCodeInTheCallersLanguage() {
		var english = scan("operator", "https://example.com/some/other/qr");
		assertThat(english.status()).isEqualTo(422);
		assertThat(english.fieldError("code")).contains("https://example.com/some/other/qr", "not an Atelier code");

		var chinese = api.as("operator").inChinese().send(get("/api/shopfloor/scan").param("code", "ATL:OP:0"));
		assertThat(chinese.status()).isEqualTo(422);
		assertThat(chinese.fieldError("code")).contains("ATL:OP:0", "不是 Atelier 的码");

		assertThat(api.as("operator").get("/api/shopfloor/scan").status()).isEqualTo(422);
		assertThat(scan("operator", "   ").fieldError("code")).isNotNull();
	}

	@Test
	void customersMayNotScan() {
		assertThat(scan("customer", "ATL:OP:1").status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/shopfloor/scan?code=ATL:OP:1").status()).isEqualTo(401);
	}

	private Api.Response scan(String user, String code) {
		return api.as(user).send(get("/api/shopfloor/scan").param("code", code));
	}
}
