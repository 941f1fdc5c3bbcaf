package io.atelier.shopfloor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The phone's reads: my tasks of a worker linked to an account, and the operation screen. */
@AtelierIntegrationTest
class PhoneTasksApiTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	/** A new operator account linked to a new worker of the assembly workshop holding the given skills. */
	private String linkedOperator(String... skillCodes) {
		String username = api.newUser("OPERATOR");
		var planner = api.as("planner");
		Map<String, Object> body = new HashMap<>();
		body.put("code", Api.unique("W"));
		body.put("name", "手机工 Phone worker");
		body.put("workshopId", planner.get("/api/workshops?q=WS-ASM").json().get("items").get(0).get("id").asLong());
		body.put("skills", java.util.Arrays.stream(skillCodes)
			.map(code -> Map.of("skillId",
					planner.get("/api/skills?q=" + code).json().get("items").get(0).get("id").asLong(), "level", 3))
			.toList());
		body.put("username", username);
		var created = planner.post("/api/workers", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("username").asString()).isEqualTo(username);
		return username;
	}

	private Map<String, Object> report(String device, long seq, long operationId, String kind) {
		Map<String, Object> report = new HashMap<>();
		report.put("eventId", java.util.UUID.randomUUID().toString());
		report.put("deviceId", device);
		report.put("deviceSeq", seq);
		report.put("operationId", operationId);
		report.put("kind", kind);
		report.put("occurredAt", java.time.OffsetDateTime.now().toString());
		return report;
	}

	private static List<Long> ids(JsonNode tasks) {
		return tasks.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
	}

	@Test
	void aLinkedWorkerSeesTheReadyOperationsOfTheirSkillsWithNumbersAndQuantities() {
		JsonNode desk = new ReportFixtures(api).releasedDesk("10");
		long fit = ReportFixtures.operation(desk, 0);
		long pack = ReportFixtures.operation(desk, 1);
		var fitter = api.as(linkedOperator("HW"));
		var packer = api.as(linkedOperator("PACK"));

		JsonNode mine = fitter.get("/api/shopfloor/my-tasks").json();

		assertThat(mine.get("worker").get("name").asString()).isEqualTo("手机工 Phone worker");
		assertThat(mine.get("order").asString()).isEqualTo("DUE_DATE");
		assertThat(ids(mine)).contains(fit).doesNotContain(pack);
		JsonNode task = mine.get("items").valueStream().filter(t -> t.get("id").asLong() == fit).findFirst().orElseThrow();
		assertThat(task.get("number").asString()).isEqualTo(desk.get("number").asString() + "/OP-10");
		assertThat(task.get("orderNumber").asString()).isEqualTo(desk.get("orderNumber").asString());
		assertThat(task.get("workOrderNumber").asString()).isEqualTo(desk.get("number").asString());
		assertThat(task.get("status").asString()).isEqualTo("READY");
		assertThat(task.get("received").decimalValue()).isEqualByComparingTo("10");
		assertThat(task.get("good").decimalValue()).isEqualByComparingTo("0");
		assertThat(task.get("dueDate").asString()).isEqualTo(desk.get("dueDate").asString());
		assertThat(task.get("mySession").isNull()).isTrue();
		// the packing waits for the fitting: not ready, so not listed for the packer yet
		assertThat(ids(packer.get("/api/shopfloor/my-tasks").json())).doesNotContain(fit, pack);
	}

	@Test
	void reportsOfALinkedAccountCountAsTheWorkerAndTheOperationScreenShowsThem() {
		JsonNode desk = new ReportFixtures(api).releasedDesk("10");
		long fit = ReportFixtures.operation(desk, 0);
		String username = linkedOperator("HW");
		var fitter = api.as(username);
		String device = "PHONE-" + java.util.UUID.randomUUID();
		assertThat(fitter.post("/api/shopfloor/reports", report(device, 1, fit, "START")).status()).isEqualTo(200);
		Map<String, Object> quantity = report(device, 2, fit, "QUANTITY");
		quantity.put("good", "8");
		quantity.put("scrap", "2");
		quantity.put("scrapReason", "SCRATCH");
		assertThat(fitter.post("/api/shopfloor/reports", quantity).status()).isEqualTo(200);

		String operator = jdbc.sql("select operator from shopfloor_report where device_id = :device and device_seq = 1")
			.param("device", device)
			.query(String.class)
			.single();
		assertThat(operator).startsWith("worker:");
		JsonNode screen = fitter.inChinese().get("/api/shopfloor/operations/" + fit).json();
		assertThat(screen.get("operation").get("mySession").asString()).isEqualTo("RUNNING");
		assertThat(screen.get("operation").get("good").decimalValue()).isEqualByComparingTo("8");
		assertThat(screen.get("operation").get("scrap").decimalValue()).isEqualByComparingTo("2");
		assertThat(screen.get("operation").get("itemName").asString()).isNotBlank();
		assertThat(screen.get("workCenter").asString()).contains("WC-DRAWER");
		assertThat(screen.get("sessions").get(0).get("mine").asBoolean()).isTrue();
		assertThat(screen.get("sessions").get(0).get("name").asString()).contains("手机工 Phone worker");
		assertThat(screen.get("reports").valueStream().map(r -> r.get("kind").asString()).toList())
			.containsExactly("START", "QUANTITY");
		assertThat(screen.get("reports").get(1).get("scrapReason").asString()).isEqualTo("SCRATCH");
		assertThat(ids(fitter.get("/api/shopfloor/my-tasks").json())).contains(fit);

		JsonNode pack = fitter.get("/api/shopfloor/operations/" + ReportFixtures.operation(desk, 1)).json();
		assertThat(pack.get("predecessors").get(0).get("number").asString()).endsWith("/OP-10");
		assertThat(pack.get("predecessors").get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
		// the phone finishes what it started, so that the worker is free for other tests
		assertThat(fitter.post("/api/shopfloor/reports", report(device, 3, fit, "FINISH")).status()).isEqualTo(200);
	}

	@Test
	void aSupervisorLinkedToNoWorkerSeesEveryOpenOperationAndAnUnlinkedOperatorNone() {
		long fit = ReportFixtures.operation(new ReportFixtures(api).releasedDesk("3"), 0);

		JsonNode supervisor = api.as("supervisor").get("/api/shopfloor/my-tasks").json();
		JsonNode unlinked = api.as(api.newUser("OPERATOR")).get("/api/shopfloor/my-tasks").json();

		assertThat(supervisor.get("scope").asString()).isEqualTo("ALL");
		assertThat(unlinked.get("scope").asString()).isEqualTo("UNLINKED");
		assertThat(unlinked.get("items")).isEmpty();
		assertThat(api.as("supervisor").get("/api/shopfloor/operations/" + fit).status()).isEqualTo(200);
		assertThat(api.as("operator").get("/api/shopfloor/operations/987654321").status()).isEqualTo(404);
	}

	@Test
	void anAccountIsLinkedToOneWorkerOnly() {
		String username = linkedOperator("HW");
		Map<String, Object> second = new HashMap<>();
		second.put("code", Api.unique("W"));
		second.put("name", "第二 Second");
		second.put("workshopId", api.as("planner").get("/api/workshops?q=WS-ASM").json().get("items").get(0).get("id").asLong());
		second.put("username", username.toUpperCase());

		var refused = api.as("planner").post("/api/workers", second);

		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.fieldError("username")).contains("already linked");
	}

	@Test
	void theDemoOperatorIsLinkedToADemoWorkerWithSkills() {
		JsonNode worker = api.as("planner").get("/api/workers?q=W-1207").json().get("items").get(0);

		assertThat(worker.get("username").asString()).isEqualTo("operator");
		assertThat(worker.get("skills")).isNotEmpty();
		assertThat(api.as("operator").get("/api/shopfloor/my-tasks").json().get("worker").get("code").asString())
			.isEqualTo("W-1207");
	}
}
