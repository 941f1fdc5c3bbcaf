package io.atelier.shopfloor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.atelier.shopfloor.ReportFixtures.Phone;
import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Traceability through the API (docs/shopfloor.md, "Traceability"): process parameters checked against the step's
 * definitions copied at release, photos, material lots, the operation history and genealogy.
 */
@AtelierIntegrationTest
@RecordApplicationEvents
class TraceabilityApiTests {

	private static final String REPORTS = "/api/shopfloor/reports";

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	TraceFixtures fixtures;

	@BeforeEach
	void product() {
		fixtures = new TraceFixtures(api);
	}

	private static long weld(JsonNode workOrders) {
		return workOrders.get(0).get("operations").get(0).get("id").asLong();
	}

	private static long cut(JsonNode workOrders) {
		return workOrders.get(1).get("operations").get(0).get("id").asLong();
	}

	private static Map<String, Object> with(Map<String, Object> report, Map<String, Object> parameters) {
		report.put("parameters", parameters);
		return report;
	}

	private Api.Response send(Map<String, Object> report) {
		return api.as("operator").post(REPORTS, report);
	}

	private Api.Response applied(Map<String, Object> report) {
		var response = send(report);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response;
	}

	private long stored(Map<String, Object> report) {
		return jdbc.sql("select count(*) from shopfloor_report where event_id = cast(:id as uuid)")
			.param("id", report.get("eventId"))
			.query(Long.class)
			.single();
	}

	@Test
	void unknownParametersNonNumbersAndAMissingRequiredOneOnFinishAreRefusedAndNotStored() {
		long weld = weld(fixtures.releasedOrder("5"));
		Phone phone = new Phone();
		applied(phone.report(weld, "START"));

		Map<String, Object> unknown = with(phone.quantity(weld, "1", "0"), Map.of("humidity", 40));
		var refused = send(unknown);
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.fieldError("parameters.humidity")).contains("temp", "pressure");
		assertThat(stored(unknown)).isZero();

		Map<String, Object> text = with(phone.quantity(weld, "1", "0"), Map.of("temp", "hot"));
		var notANumber = api.as("operator").inChinese().post(REPORTS, text);
		assertThat(notANumber.status()).isEqualTo(422);
		assertThat(notANumber.fieldError("parameters.temp")).isEqualTo("必须是数字");

		// the phone corrects the report and sends it again under the same device sequence number
		Map<String, Object> finish = phone.report(weld, "FINISH");
		finish.put("deviceSeq", unknown.get("deviceSeq"));
		finish.put("good", "5");
		var missing = send(finish);
		assertThat(missing.status()).as(missing.body()).isEqualTo(422);
		assertThat(missing.fieldError("parameters.temp")).contains("温度");
		assertThat(stored(finish)).isZero();

		finish.put("parameters", Map.of("temp", "205.5", "pressure", 3));
		var finished = applied(finish);
		assertThat(finished.json().get("operation").get("status").asString()).isEqualTo("DONE");
		assertThat(finished.json().has("warnings")).isFalse();
	}

	@Test
	void anOutOfLimitValueIsAcceptedWarnedFlaggedAndPublished() {
		long weld = weld(fixtures.releasedOrder("5"));
		Phone phone = new Phone();
		applied(phone.report(weld, "START"));
		Map<String, Object> hot = with(phone.quantity(weld, "2", "0"), Map.of("temp", 250, "pressure", "2.5"));

		var accepted = applied(hot);
		var retry = applied(hot);

		assertThat(retry.body()).isEqualTo(accepted.body());
		JsonNode warnings = accepted.json().get("warnings");
		assertThat(warnings).hasSize(1);
		assertThat(warnings.get(0).get("field").asString()).isEqualTo("parameters.temp");
		assertThat(warnings.get(0).get("message").asString()).contains("250 °C", "220 °C");
		assertThat(accepted.json().get("operation").get("good").decimalValue()).isEqualByComparingTo("2");
		assertThat(jdbc.sql("""
				select code || '=' || out_of_limits from shopfloor_report_parameter
				where event_id = cast(:id as uuid) order by code
				""").param("id", hot.get("eventId")).query(String.class).list())
			.containsExactly("pressure=false", "temp=true");
		assertThat(events.stream(ProcessParameterOutOfLimits.class)
			.filter(e -> e.operationId() == weld)
			.map(ProcessParameterOutOfLimits::code)).containsExactly("temp");

		// a required parameter recorded by an earlier report need not be repeated when the operation finishes
		Map<String, Object> finish = phone.report(weld, "FINISH");
		finish.put("good", "3");
		applied(finish);

		JsonNode history = api.as("supervisor").get("/api/shopfloor/operations/" + weld + "/history").json();
		JsonNode temp = null;
		for (JsonNode report : history.get("reports")) {
			for (JsonNode value : report.get("parameters")) {
				if (value.get("code").asString().equals("temp")) {
					temp = value;
				}
			}
		}
		assertThat(temp).isNotNull();
		assertThat(temp.get("outOfLimits").asBoolean()).isTrue();
		assertThat(temp.get("value").decimalValue()).isEqualByComparingTo("250");
		assertThat(temp.get("name").asString()).isEqualTo("温度");
	}

	@Test
	void anOperationKeepsTheStepSpecItWasReleasedWith() {
		var drawing = fixtures.planner.upload("/api/routings/" + fixtures.productRoutingId + "/steps/10/drawings",
				"weld-drawing.pdf", "%PDF-1.4 weld".getBytes());
		assertThat(drawing.status()).as(drawing.body()).isEqualTo(201);
		long drawingId = drawing.json().get("id").asLong();
		long weld = weld(fixtures.releasedOrder("2"));

		var changed = fixtures.planner.put("/api/routings/" + fixtures.productRoutingId + "/steps/10/parameters",
				Map.of("parameters", List.of(TraceFixtures.parameter("temp", "温度", "Temperature", "°C", "100", "300",
						false))));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(fixtures.planner
			.delete("/api/routings/" + fixtures.productRoutingId + "/steps/10/drawings/" + drawingId)
			.status()).isEqualTo(204);

		JsonNode spec = api.as("operator").get("/api/shopfloor/operations/" + weld + "/spec").json();
		assertThat(spec.get("instructions").asString()).contains("Preheat to 200 °C");
		assertThat(spec.get("parameters")).hasSize(2);
		assertThat(spec.get("parameters").get(0).get("max").decimalValue()).isEqualByComparingTo("220");
		assertThat(spec.get("parameters").get(0).get("required").asBoolean()).isTrue();
		assertThat(spec.get("drawings").get(0).get("fileName").asString()).isEqualTo("weld-drawing.pdf");
		var file = api.as("operator").get("/api/shopfloor/operations/" + weld + "/drawings/" + drawingId);
		assertThat(file.status()).isEqualTo(200);
		assertThat(new String(file.bytes())).isEqualTo("%PDF-1.4 weld");
		assertThat(api.as("operator").get("/api/shopfloor/operations/" + weld + "/drawings/999999999").status())
			.isEqualTo(404);

		long later = weld(fixtures.releasedOrder("2"));
		JsonNode laterSpec = api.as("operator").get("/api/shopfloor/operations/" + later + "/spec").json();
		assertThat(laterSpec.get("parameters")).hasSize(1);
		assertThat(laterSpec.get("drawings")).isEmpty();
	}

	@Test
	void aWorkOrderSplitOffKeepsTheStepSpecOfTheOriginal() {
		JsonNode workOrders = fixtures.releasedOrder("3");
		JsonNode table = workOrders.get(0);
		var split = fixtures.planner.post("/api/work-orders/" + table.get("id").asLong() + "/split",
				Map.of("version", table.get("version").asLong(), "quantity", "1"));
		assertThat(split.status()).as(split.body()).isEqualTo(200);

		JsonNode after = fixtures.planner.get("/api/orders/" + table.get("orderId").asLong() + "/work-orders").json();
		List<Long> welds = new ArrayList<>();
		after.forEach(wo -> {
			if (wo.get("itemCode").asString().equals(fixtures.productCode)) {
				welds.add(wo.get("operations").get(0).get("id").asLong());
			}
		});
		assertThat(welds).hasSize(2);
		for (long weld : welds) {
			JsonNode spec = api.as("operator").get("/api/shopfloor/operations/" + weld + "/spec").json();
			assertThat(spec.get("parameters")).as("operation %d", weld).hasSize(2);
		}
	}

	@Test
	void photosAreImagesWithinTheLimitAndOnlyStaffSeeThem() {
		long weld = weld(fixtures.releasedOrder("1"));
		String photos = "/api/shopfloor/operations/" + weld + "/photos";
		Phone phone = new Phone();
		Map<String, Object> start = phone.report(weld, "START");
		applied(start);

		var uploaded = api.as("operator").send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart(photos)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "焊缝 weld.png", "image/png", PNG))
			.param("eventId", start.get("eventId").toString()));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.json().get("eventId").asString()).isEqualTo(start.get("eventId"));
		assertThat(uploaded.json().get("contentType").asString()).isEqualTo("image/png");

		var notAnImage = api.as("operator").upload(photos, "report.pdf", "%PDF-1.4".getBytes());
		assertThat(notAnImage.status()).isEqualTo(422);
		assertThat(notAnImage.fieldError("file")).contains("png");
		var disguised = api.as("operator").upload(photos, "script.png", "#!/bin/sh".getBytes());
		assertThat(disguised.status()).isEqualTo(422);
		byte[] huge = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PNG, 0, huge, 0, PNG.length);
		var tooLarge = api.as("operator").inChinese().upload(photos, "huge.png", huge);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.json().get("detail").asString()).contains("10 MB");

		assertThat(api.as("customer").upload(photos, "weld.png", PNG).status()).isEqualTo(403);
		assertThat(api.as("customer").get(photos).status()).isEqualTo(403);
		assertThat(api.as("planner").upload(photos, "weld.png", PNG).status()).isEqualTo(403);
		assertThat(api.as("quality").upload(photos, "weld.png", PNG).status()).isEqualTo(201);
		assertThat(api.as("operator").upload("/api/shopfloor/operations/999999999/photos", "weld.png", PNG).status())
			.isEqualTo(404);

		JsonNode listed = api.as("planner").get(photos).json();
		assertThat(listed).hasSize(2);
		var download = api.as("planner").get(photos + "/" + listed.get(0).get("id").asLong());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(PNG);
		assertThat(download.header("Content-Type")).isEqualTo("image/png");
		assertThat(api.as("customer").get(photos + "/" + listed.get(0).get("id").asLong()).status()).isEqualTo(403);
	}

	@Test
	void theHistoryShowsTwoOperatorsSessionsWithTheirPausesMachineAndQuantities() {
		long weld = weld(fixtures.releasedOrder("10"));
		Phone first = new Phone();
		Phone second = new Phone();
		Map<String, Object> start = first.report(weld, "START");
		start.put("machineId", fixtures.machineA);
		applied(start);
		applied(second.report(weld, "START"));
		Map<String, Object> pause = first.report(weld, "PAUSE");
		pause.put("pauseReason", "换焊丝 wire change");
		applied(pause);
		applied(first.report(weld, "RESUME"));
		applied(with(second.quantity(weld, "4", "1"), Map.of("temp", 200)));
		Map<String, Object> secondDone = second.report(weld, "FINISH");
		applied(secondDone);
		Map<String, Object> firstDone = with(first.report(weld, "FINISH"), Map.of("temp", 210));
		firstDone.put("good", "5");
		applied(firstDone);
		Map<String, Object> elsewhere = first.report(weld, "START");
		elsewhere.put("machineId", 999999999L);
		var wrongMachine = send(elsewhere);
		assertThat(wrongMachine.status()).isEqualTo(422);
		assertThat(wrongMachine.fieldError("machineId")).isNotNull();

		var response = api.as("manager").get("/api/shopfloor/operations/" + weld + "/history");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode history = response.json();
		assertThat(history.get("operation").get("status").asString()).isEqualTo("DONE");
		assertThat(history.get("producedLot").asString()).isEqualTo(history.get("operation").get("workOrderNumber").asString());
		assertThat(history.get("machines")).hasSize(2);
		JsonNode sessions = history.get("sessions");
		assertThat(sessions).hasSize(2);
		JsonNode one = sessions.get(0);
		assertThat(one.get("operator").asString()).isEqualTo("worker:" + first.workerId);
		assertThat(one.get("machineId").asLong()).isEqualTo(fixtures.machineA);
		assertThat(one.get("start").isNull()).isFalse();
		assertThat(one.get("end").isNull()).isFalse();
		assertThat(one.get("pauses")).hasSize(1);
		assertThat(one.get("pauses").get(0).get("reason").asString()).isEqualTo("换焊丝 wire change");
		assertThat(one.get("pauses").get(0).get("to").isNull()).isFalse();
		assertThat(one.get("good").decimalValue()).isEqualByComparingTo("5");
		JsonNode two = sessions.get(1);
		assertThat(two.get("operator").asString()).isEqualTo("worker:" + second.workerId);
		assertThat(two.get("pauses")).isEmpty();
		assertThat(two.get("good").decimalValue()).isEqualByComparingTo("4");
		assertThat(two.get("scrap").decimalValue()).isEqualByComparingTo("1");
		assertThat(history.get("reports")).hasSize(7);
		assertThat(api.as("customer").get("/api/shopfloor/operations/" + weld + "/history").status()).isEqualTo(403);
		assertThat(api.as("manager").get("/api/shopfloor/operations/999999999/history").status()).isEqualTo(404);
	}

	@Test
	void genealogyGoesBackwardFromAnOrderAndForwardFromALot() {
		JsonNode workOrders = fixtures.releasedOrder("3");
		long orderId = workOrders.get(0).get("orderId").asLong();
		String frameNumber = workOrders.get(1).get("number").asString();
		String lot = Api.unique("LOT");
		var recorded = api.as("operator").post("/api/shopfloor/operations/" + cut(workOrders) + "/lots",
				Map.of("itemCode", fixtures.materialCode.toLowerCase(), "lotNumber", lot, "quantity", "6",
						"supplierLot", "宝钢 BG-2026-118"));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.json().get("itemCode").asString()).isEqualTo(fixtures.materialCode);
		assertThat(recorded.json().get("recordedBy").asString()).isEqualTo("operator");

		JsonNode backward = api.as("quality").get("/api/shopfloor/genealogy?orderId=" + orderId).json();
		assertThat(backward.get("workOrders")).hasSize(1);
		JsonNode table = backward.get("workOrders").get(0);
		assertThat(table.get("itemCode").asString()).isEqualTo(fixtures.productCode);
		JsonNode frame = table.get("children").get(0);
		assertThat(frame.get("producedLot").asString()).isEqualTo(frameNumber);
		JsonNode lots = frame.get("operations").get(0).get("lots");
		assertThat(lots).hasSize(1);
		assertThat(lots.get(0).get("lotNumber").asString()).isEqualTo(lot);
		assertThat(lots.get(0).get("supplierLot").asString()).isEqualTo("宝钢 BG-2026-118");

		JsonNode forward = api.as("quality").get("/api/shopfloor/genealogy?lot=" + lot.toLowerCase()).json();
		assertThat(forward.get("consumedBy").get(0).get("workOrderNumber").asString()).isEqualTo(frameNumber);
		List<String> into = new ArrayList<>();
		forward.get("goesInto").forEach(link -> into.add(link.get("number").asString()));
		assertThat(into).containsExactly(frameNumber, workOrders.get(0).get("number").asString());
		assertThat(forward.get("orders").get(0).get("id").asLong()).isEqualTo(orderId);

		JsonNode ofFrame = api.as("quality").get("/api/shopfloor/genealogy?lot=" + frameNumber).json();
		assertThat(ofFrame.get("producedBy").get("number").asString()).isEqualTo(frameNumber);
		assertThat(ofFrame.get("goesInto").get(0).get("number").asString())
			.isEqualTo(workOrders.get(0).get("number").asString());

		assertThat(api.as("quality").get("/api/shopfloor/genealogy").status()).isEqualTo(422);
		assertThat(api.as("quality").get("/api/shopfloor/genealogy?orderId=" + orderId + "&lot=" + lot).status())
			.isEqualTo(422);
		assertThat(api.as("quality").get("/api/shopfloor/genealogy?orderId=999999999").status()).isEqualTo(404);
		assertThat(api.as("customer").get("/api/shopfloor/genealogy?lot=" + lot).status()).isEqualTo(403);
	}

	@Test
	void aLotNeedsAKnownItemAPositiveQuantityAndAShopFloorRole() {
		long cut = cut(fixtures.releasedOrder("1"));
		String lots = "/api/shopfloor/operations/" + cut + "/lots";
		var bad = api.as("operator").post(lots, Map.of("itemCode", "NO-SUCH-ITEM", "lotNumber", " ", "quantity", "0"));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.fieldError("itemCode")).contains("NO-SUCH-ITEM");
		assertThat(bad.fieldError("lotNumber")).isNotNull();
		assertThat(bad.fieldError("quantity")).isNotNull();
		Map<String, Object> good = Map.of("itemCode", fixtures.materialCode, "lotNumber", "L1", "quantity", "1");
		assertThat(api.as("planner").post(lots, good).status()).isEqualTo(403);
		assertThat(api.as("customer").post(lots, good).status()).isEqualTo(403);
		assertThat(api.as("operator").post("/api/shopfloor/operations/999999999/lots", good).status()).isEqualTo(404);
		assertThat(api.as("supervisor").post(lots, good).status()).isEqualTo(201);
		assertThat(api.as("planner").get(lots).json()).hasSize(1);
	}
}
