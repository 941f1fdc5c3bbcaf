package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.atelier.shopfloor.ReportFixtures.Phone;
import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Production reports through the API: exactly once, in device order, and never dropped. */
@AtelierIntegrationTest
class ProductionReportApiTests {

	private static final String REPORTS = "/api/shopfloor/reports";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	private Api.Response send(Api.Caller caller, Map<String, Object> report) {
		return caller.post(REPORTS, report);
	}

	private Api.Response applied(Api.Caller caller, Map<String, Object> report) {
		var response = send(caller, report);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response;
	}

	private static BigDecimal quantity(Api.Response response, String field) {
		return response.json().get("operation").get(field).decimalValue();
	}

	@Test
	void aRetryGetsTheOriginalAnswerAndTheReportAppliesOnlyOnce() {
		long fit = ReportFixtures.operation(new ReportFixtures(api).releasedDesk("5"), 0);
		Phone phone = new Phone();
		var operator = api.as("operator");
		applied(operator, phone.report(fit, "START"));
		Map<String, Object> two = phone.quantity(fit, "2", "0");

		var first = applied(operator, two);
		var retry = applied(operator, two);

		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(quantity(retry, "good")).isEqualByComparingTo("2");
		assertThat(jdbc.sql("select count(*) from shopfloor_report where event_id = cast(:id as uuid)")
			.param("id", two.get("eventId"))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theSameEventIdWithAnotherPayloadIsRefusedWith409AndRecorded() {
		long fit = ReportFixtures.operation(new ReportFixtures(api).releasedDesk("5"), 0);
		Phone phone = new Phone();
		var operator = api.as("operator");
		applied(operator, phone.report(fit, "START"));
		Map<String, Object> report = phone.quantity(fit, "1", "0");
		applied(operator, report);
		report.put("good", "3");

		var changed = send(operator.inChinese(), report);

		assertThat(changed.status()).as(changed.body()).isEqualTo(409);
		assertThat(changed.fieldError("eventId")).contains(report.get("eventId").toString(), "不同内容");
		assertThat(jdbc.sql("select count(*) from shopfloor_report_conflict where event_id = cast(:id as uuid)")
			.param("id", report.get("eventId"))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(new OperationQuantities(jdbc).good(fit)).isEqualByComparingTo("1");
	}

	@Test
	void aReportThatArrivesBeforeTheDevicesEarlierOnesWaitsAndAppliesWhenTheyArrive() {
		long fit = ReportFixtures.operation(new ReportFixtures(api).releasedDesk("5"), 0);
		Phone phone = new Phone();
		var operator = api.as("operator");
		Map<String, Object> start = phone.report(fit, "START");
		Map<String, Object> quantity = phone.quantity(fit, "4", "0");
		Map<String, Object> finish = phone.report(fit, "FINISH");

		var early = send(operator, finish);
		assertThat(early.status()).as(early.body()).isEqualTo(202);
		assertThat(early.json().get("reportStatus").asString()).isEqualTo("PENDING");
		assertThat(send(operator, quantity).status()).isEqualTo(202);
		applied(operator, start);

		var later = applied(operator, finish);
		assertThat(later.json().get("operation").get("status").asString()).isEqualTo("DONE");
		assertThat(quantity(later, "good")).isEqualByComparingTo("4");
	}

	@Test
	void aReportOnACancelledOperationLandsInTheExceptionQueueAndTheSupervisorResolvesIt() {
		long fit = ReportFixtures.operation(new ReportFixtures(api).releasedDesk("5"), 0);
		Phone phone = new Phone();
		var operator = api.as("operator");
		applied(operator, phone.report(fit, "START"));
		assertThat(api.as("supervisor").post("/api/operations/" + fit + "/cancel", Map.of()).status()).isEqualTo(200);
		Map<String, Object> late = phone.quantity(fit, "2", "0");

		var refused = send(operator, late);
		var retried = send(operator, late);

		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.json().get("reportStatus").asString()).isEqualTo("REJECTED_TO_EXCEPTION");
		assertThat(refused.json().get("detail").asString()).contains("cancelled");
		assertThat(retried.body()).isEqualTo(refused.body());
		long exceptionId = refused.json().get("exceptionId").asLong();
		var open = api.as("supervisor").get("/api/shopfloor/exceptions?status=OPEN&size=500");
		assertThat(open.status()).as(open.body()).isEqualTo(200);
		assertThat(open.body()).contains(late.get("eventId").toString());
		assertThat(api.as("operator").get("/api/shopfloor/exceptions").status()).isEqualTo(403);

		var noReason = api.as("supervisor").post("/api/shopfloor/exceptions/" + exceptionId + "/resolve",
				Map.of("decision", "DISMISS"));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.fieldError("reason")).isNotBlank();
		var resolved = api.as("supervisor").post("/api/shopfloor/exceptions/" + exceptionId + "/resolve",
				Map.of("decision", "DISMISS", "reason", "order cancelled by the customer"));
		assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
		assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
		assertThat(resolved.json().get("resolvedBy").asString()).isEqualTo("supervisor");
		var again = api.as("supervisor").post("/api/shopfloor/exceptions/" + exceptionId + "/resolve",
				Map.of("decision", "DISMISS", "reason", "twice"));
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void anOperationCannotStartBeforeItsPredecessorReleasedTheQuantityUnlessASupervisorOverridesWithAReason() {
		JsonNode desk = new ReportFixtures(api).releasedDesk("3");
		long pack = ReportFixtures.operation(desk, 1);
		Phone phone = new Phone();

		var early = send(api.as("operator").inChinese(), phone.report(pack, "START"));
		assertThat(early.status()).as(early.body()).isEqualTo(422);
		assertThat(early.json().get("detail").asString()).contains("还不能开工", "0", "3");

		Map<String, Object> operatorOverride = phone.report(pack, "START");
		operatorOverride.put("overrideReason", "urgent");
		var notAllowed = send(api.as("operator"), operatorOverride);
		assertThat(notAllowed.status()).isEqualTo(422);
		assertThat(notAllowed.fieldError("overrideReason")).contains("supervisor");

		Phone supervisorPhone = new Phone();
		Map<String, Object> override = supervisorPhone.report(pack, "START");
		override.put("overrideReason", "parts taken from stock");
		var started = applied(api.as("supervisor"), override);
		assertThat(started.json().get("operation").get("status").asString()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void goodAndScrapNeverExceedWhatTheOperationReceived() {
		JsonNode desk = new ReportFixtures(api).releasedDesk("2");
		long fit = ReportFixtures.operation(desk, 0);
		long pack = ReportFixtures.operation(desk, 1);
		Phone phone = new Phone();
		var operator = api.as("operator");
		applied(operator, phone.report(fit, "START"));
		applied(operator, phone.quantity(fit, "1", "0"));

		var tooMany = send(operator, phone.quantity(fit, "1", "1"));
		assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(422);
		assertThat(tooMany.fieldError("good")).contains("3", "2");
		Map<String, Object> finish = phone.report(fit, "FINISH");
		finish.put("scrap", "1");
		finish.put("scrapReason", "crack");
		applied(operator, finish);

		// pack received the one good desk of fit
		applied(operator, phone.report(pack, "START"));
		var overPack = send(operator, phone.quantity(pack, "2", "0"));
		assertThat(overPack.status()).as(overPack.body()).isEqualTo(422);
		var ok = applied(operator, phone.quantity(pack, "1", "0"));
		assertThat(quantity(ok, "received")).isEqualByComparingTo("1");
	}

	@Test
	void severalOperatorsWorkOnOneOperationAndTheLastToFinishFinishesIt() {
		long fit = ReportFixtures.operation(new ReportFixtures(api).releasedDesk("4"), 0);
		var lead = api.as("supervisor");
		Phone phone = new Phone();
		Map<String, Object> wang = phone.report(fit, "START");
		wang.put("workerId", phone.workerId + 500_000_000L);
		Map<String, Object> li = phone.report(fit, "START");
		li.put("workerId", phone.workerId + 600_000_000L);
		applied(lead, wang);
		var both = applied(lead, li);
		assertThat(both.json().get("operation").get("sessions")).hasSize(2);

		Map<String, Object> wangDone = phone.quantity(fit, "2", "0");
		wangDone.put("kind", "FINISH");
		wangDone.put("workerId", phone.workerId + 500_000_000L);
		var oneLeft = applied(lead, wangDone);
		assertThat(oneLeft.json().get("operation").get("status").asString()).isEqualTo("IN_PROGRESS");
		Map<String, Object> liDone = phone.quantity(fit, "2", "0");
		liDone.put("kind", "FINISH");
		liDone.put("workerId", phone.workerId + 600_000_000L);
		var done = applied(lead, liDone);
		assertThat(done.json().get("operation").get("status").asString()).isEqualTo("DONE");
		assertThat(quantity(done, "good")).isEqualByComparingTo("4");
	}

	@Test
	void oneOperatorRunsOneOperationAtATime() {
		long first = ReportFixtures.operation(new ReportFixtures(api).releasedDesk("1"), 0);
		long second = ReportFixtures.operation(new ReportFixtures(api).releasedDesk("1"), 0);
		Phone phone = new Phone();
		var operator = api.as("operator");
		Map<String, Object> start = phone.report(first, "START");
		start.put("workerId", phone.workerId);
		applied(operator, start);
		Map<String, Object> other = phone.report(second, "START");
		other.put("workerId", phone.workerId);

		var busy = send(operator, other);

		assertThat(busy.status()).as(busy.body()).isEqualTo(422);
		assertThat(busy.fieldError("operator")).contains("worker:" + phone.workerId, "/OP-10");
	}

	@Test
	void aBatchAnswersEachReportAndInvalidOnesNameTheField() {
		long fit = ReportFixtures.operation(new ReportFixtures(api).releasedDesk("5"), 0);
		Phone phone = new Phone();
		Map<String, Object> start = phone.report(fit, "START");
		Map<String, Object> scrapWithoutReason = phone.report(fit, "QUANTITY");
		scrapWithoutReason.put("scrap", "1");

		var batch = api.as("operator").post(REPORTS + "/batch", Map.of("reports", List.of(start, scrapWithoutReason, start)));

		assertThat(batch.status()).as(batch.body()).isEqualTo(200);
		JsonNode results = batch.json().get("results");
		assertThat(results.get(0).get("status").asInt()).isEqualTo(200);
		assertThat(results.get(1).get("status").asInt()).isEqualTo(422);
		assertThat(results.get(1).get("body").get("errors").get(0).get("field").asString()).isEqualTo("scrapReason");
		assertThat(results.get(2).get("body")).isEqualTo(results.get(0).get("body"));
	}

	/** Reads an operation's reported quantities as the orders module keeps them. */
	record OperationQuantities(JdbcClient jdbc) {

		BigDecimal good(long operationId) {
			return jdbc.sql("select good_quantity from work_order_operation where id = :id")
				.param("id", operationId)
				.query(BigDecimal.class)
				.single();
		}
	}
}
