package io.atelier.shopfloor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job cards as the shop floor gets them: the PDF's text (what a PDF reader extracts) and its QR codes (what a scanner
 * reads from the printed page), for an order of the demo template TPL-TABLE (定制餐桌) and the demo desk.
 */
@AtelierIntegrationTest
class JobCardApiTests {

	@Autowired
	Api api;

	@Test
	void theA4JobCardInChineseShowsTheChineseItemNameTheNumbersTheParametersAndTheSteps() {
		JsonNode order = releasedTable();
		JsonNode workOrder = workOrders(order).get(0);

		var response = api.as("supervisor").inChinese().get(travellerPath(workOrder));
		new PrintedPdf(response.bytes()).saveAs("traveller-a4-zh-CN");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(response.header("Content-Disposition")).startsWith("inline")
			.contains("traveller-" + order.get("orderNumber").asString() + "-WO-01.pdf");
		String text = new PrintedPdf(response.bytes()).text().replace("\n", " ");
		assertThat(text).contains("定制餐桌 Custom dining table", "流转卡", order.get("orderNumber").asString(),
				workOrder.get("number").asString(), "PRD-TABLE-CUSTOM", "宽度 Width", "1600 mm", "清漆 Clear lacquer",
				"发料人", "第 1 页，共 1 页");
		assertThat(response.bytes().length).as("font subset, not the whole font").isLessThan(200_000);
		for (JsonNode op : workOrder.get("operations")) {
			assertThat(text).contains(op.get("number").asString(), op.get("name").asString());
		}
		assertThat(text).contains("MAT-VEN-WAL18");
	}

	@Test
	void everyQrCodeOnThePrintedJobCardScansBackToItsWorkOrderOrOperation() {
		JsonNode workOrder = workOrders(releasedTable()).get(0);

		var pdf = new PrintedPdf(api.as("operator").get(travellerPath(workOrder) + "?lang=en").bytes());
		pdf.saveAs("traveller-a4-en");

		List<String> expected = new ArrayList<>();
		expected.add("ATL:WO:" + workOrder.get("id").asLong());
		workOrder.get("operations").forEach(op -> expected.add("ATL:OP:" + op.get("id").asLong()));
		assertThat(pdf.qrCodes(0, 150)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(pdf.text()).contains("Job card (traveller)", "Operations", "Page 1 of 1");
	}

	@Test
	void theLabelIsOneHundredByOneHundredFiftyMillimetresWithTheWorkOrdersQrCode() {
		JsonNode workOrder = workOrders(releasedTable()).get(0);

		var pdf = new PrintedPdf(api.as("planner").get(travellerPath(workOrder) + "?size=LABEL&lang=zh-CN").bytes());
		pdf.saveAs("traveller-label-zh-CN");

		assertThat(pdf.pages()).isEqualTo(1);
		assertThat(pdf.sizeInMm(0)).containsExactly(100.0, 150.0);
		assertThat(pdf.text()).contains(workOrder.get("number").asString(), "定制餐桌 Custom dining table", "3 SET");
		assertThat(pdf.qrCodes(0, 150)).containsExactly("ATL:WO:" + workOrder.get("id").asLong());
	}

	@Test
	void allJobCardsOfAnOrderComeInOneDocumentOnceItIsReleased() {
		var planner = api.as("planner");
		JsonNode draft = planner.post("/api/orders", order(newCustomer(), productLine("PRD-DESK-1200", "2"))).json();
		var early = planner.get("/api/orders/" + draft.get("id").asLong() + "/travellers.pdf");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("detail").asString()).contains(draft.get("orderNumber").asString(), "released");

		JsonNode order = moved(draft, "confirm", "release");
		JsonNode workOrders = workOrders(order);
		var pdf = new PrintedPdf(planner.get("/api/orders/" + order.get("id").asLong() + "/travellers.pdf").bytes());

		assertThat(workOrders.size()).isGreaterThan(1);
		assertThat(pdf.pages()).isGreaterThanOrEqualTo(workOrders.size());
		String text = pdf.text().replace("\n", " ");
		workOrders.forEach(wo -> assertThat(text).contains(wo.get("number").asString(), wo.get("itemName").asString()));
		assertThat(text).contains("胡桃木书桌 1200 Walnut desk 1200");
		pdf.saveAs("travellers-of-an-order-en");
	}

	@Test
	void badgesAndMachineLabelsCarryTheCodesOfWorkersAndMachines() {
		var supervisor = api.as("supervisor");
		JsonNode worker = supervisor.get("/api/workers?size=1").json().get("items").get(0);
		JsonNode machine = supervisor.get("/api/machines?size=1").json().get("items").get(0);

		var badge = new PrintedPdf(supervisor.inChinese().get("/api/workers/" + worker.get("id").asLong() + "/badge.pdf").bytes());
		badge.saveAs("badge-zh-CN");
		assertThat(badge.sizeInMm(0)).containsExactly(54.0, 86.0);
		assertThat(badge.text().replace("\n", " ")).contains("工牌", worker.get("name").asString(),
				worker.get("code").asString());
		assertThat(badge.qrCodes(0, 300)).containsExactly("ATL:WK:" + worker.get("code").asString());

		var label = new PrintedPdf(supervisor.get("/api/machines/" + machine.get("id").asLong() + "/label.pdf").bytes());
		label.saveAs("machine-label-en");
		assertThat(label.sizeInMm(0)).containsExactly(100.0, 70.0);
		assertThat(label.text().replace("\n", " ")).contains(machine.get("code").asString(), machine.get("name").asString());
		assertThat(label.qrCodes(0, 200)).containsExactly("ATL:MC:" + machine.get("code").asString());

		long centre = machine.get("workCenterId").asLong();
		int machinesThere = supervisor.get("/api/machines?workCenterId=" + centre).json().get("total").asInt();
		var labels = new PrintedPdf(supervisor.get("/api/work-centers/" + centre + "/qr-labels.pdf").bytes());
		assertThat(labels.pages()).isEqualTo(machinesThere);
	}

	@Test
	void customersGetNoShopPapersAndUnknownIdsAndBadParametersAreRefusedByName() {
		JsonNode workOrder = workOrders(releasedTable()).get(0);

		assertThat(api.as("customer").get(travellerPath(workOrder)).status()).isEqualTo(403);
		var staff = api.as("manager");
		for (String path : List.of("/api/work-orders/999999999/traveller.pdf", "/api/orders/999999999/travellers.pdf",
				"/api/workers/999999999/badge.pdf", "/api/machines/999999999/label.pdf",
				"/api/work-centers/999999999/qr-labels.pdf")) {
			assertThat(staff.get(path).status()).as(path).isEqualTo(404);
		}
		var badSize = staff.get(travellerPath(workOrder) + "?size=A3");
		assertThat(badSize.status()).isEqualTo(400);
		assertThat(badSize.fieldError("size")).isNotNull();
		var badLanguage = staff.inChinese().get(travellerPath(workOrder) + "?lang=fr");
		assertThat(badLanguage.status()).isEqualTo(422);
		assertThat(badLanguage.fieldError("lang")).contains("zh-CN", "fr");
	}

	private static String travellerPath(JsonNode workOrder) {
		return "/api/work-orders/" + workOrder.get("id").asLong() + "/traveller.pdf";
	}

	/** A released order of three configured tables: 1600 × 900 walnut, lacquered. */
	private JsonNode releasedTable() {
		Map<String, Object> line = new HashMap<>();
		line.put("templateCode", "TPL-TABLE");
		line.put("parameters", Map.of("width", "1600", "depth", "900", "material", "walnut", "finish", "lacquer"));
		line.put("quantity", "3");
		var created = api.as("planner").post("/api/orders", order(newCustomer(), line));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return moved(created.json(), "confirm", "release");
	}

	private JsonNode workOrders(JsonNode order) {
		var response = api.as("planner").get("/api/orders/" + order.get("id").asLong() + "/work-orders");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private long newCustomer() {
		var created = api.as("planner").post("/api/customers", Map.of("code", Api.unique("CU"), "name", "测试客户 Test customer"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static Map<String, Object> productLine(String itemCode, String quantity) {
		return new HashMap<>(Map.of("itemCode", itemCode, "quantity", quantity));
	}

	private static Map<String, Object> order(long customerId, Map<String, Object> line) {
		Map<String, Object> body = new HashMap<>();
		body.put("customerId", customerId);
		body.put("requestedDate", LocalDate.now().plusDays(30).toString());
		body.put("lines", List.of(line));
		return body;
	}

	private JsonNode moved(JsonNode order, String... actions) {
		JsonNode current = order;
		for (String action : actions) {
			var response = api.as("planner").post("/api/orders/" + current.get("id").asLong() + "/" + action,
					Map.of("version", current.get("version").asLong()));
			assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
			current = response.json();
		}
		return current;
	}
}
