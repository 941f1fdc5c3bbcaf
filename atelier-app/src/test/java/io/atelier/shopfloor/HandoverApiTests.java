package io.atelier.shopfloor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.atelier.shopfloor.ReportFixtures.Phone;
import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handovers between workshops through the API: the demo desk's fitting (assembly workshop) hands over to packing
 * (packing workshop).
 */
@AtelierIntegrationTest
class HandoverApiTests {

	private static final String HANDOVERS = "/api/shopfloor/handovers";

	private static final String NEW_USER_PASSWORD = "test-user-1";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	/** A desk work order whose fitting has finished {@code good} good units. */
	private JsonNode deskWithFitted(String quantity, String good) {
		JsonNode desk = new ReportFixtures(api).releasedDesk(quantity);
		long fit = ReportFixtures.operation(desk, 0);
		Phone phone = new Phone();
		var operator = api.as("operator");
		for (Map<String, Object> report : List.of(phone.report(fit, "START"), phone.quantity(fit, good, "0"),
				phone.report(fit, "FINISH"))) {
			var applied = operator.post("/api/shopfloor/reports", report);
			assertThat(applied.status()).as(applied.body()).isEqualTo(200);
		}
		return desk;
	}

	private Api.Response handOver(Api.Caller caller, long operationId, String quantity) {
		return caller.post(HANDOVERS, Map.of("operationId", operationId, "quantity", quantity));
	}

	private long handedOver(Api.Caller caller, long operationId, String quantity) {
		var sent = handOver(caller, operationId, quantity);
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		return sent.json().get("id").asLong();
	}

	private Api.Response receive(Api.Caller caller, long handoverId, String counted, String password) {
		return caller.post(HANDOVERS + "/" + handoverId + "/receive",
				Map.of("countedQuantity", counted, "password", password));
	}

	private String status(long handoverId) {
		return jdbc.sql("select status from shopfloor_handover where id = :id")
			.param("id", handoverId)
			.query(String.class)
			.single();
	}

	private long discrepancies(long handoverId) {
		return jdbc.sql("select count(*) from shopfloor_handover_discrepancy where handover_id = :id")
			.param("id", handoverId)
			.query(Long.class)
			.single();
	}

	@Test
	void aHandoverCountedAsSentIsReceivedWithBothPeopleAndTimesAndNoDiscrepancy() {
		JsonNode desk = deskWithFitted("5", "5");
		long fit = ReportFixtures.operation(desk, 0);
		long pack = ReportFixtures.operation(desk, 1);

		var sent = handOver(api.as("operator"), fit, "5");

		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		JsonNode handover = sent.json();
		assertThat(handover.get("status").asString()).isEqualTo("IN_TRANSIT");
		assertThat(handover.get("toOperationId").asLong()).isEqualTo(pack);
		assertThat(handover.get("fromWorkshopName").asString()).contains("Assembly");
		assertThat(handover.get("toWorkshopName").asString()).contains("Packing");
		assertThat(handover.get("sentBy").asString()).isEqualTo("operator");
		assertThat(handover.get("sentAt").isNull()).isFalse();
		long id = handover.get("id").asLong();
		long packing = handover.get("toWorkshopId").asLong();
		assertThat(api.as("operator").get(HANDOVERS + "/my-workshop").json().get("workshopId").asLong())
			.as("the demo operator is linked to a worker of the assembly workshop")
			.isEqualTo(handover.get("fromWorkshopId").asLong());
		var incoming = api.as("operator").get(HANDOVERS + "?workshopId=" + packing + "&direction=INCOMING&status=IN_TRANSIT&size=500");
		assertThat(incoming.status()).as(incoming.body()).isEqualTo(200);
		assertThat(ids(incoming)).contains(id);
		var outgoing = api.as("operator").get(HANDOVERS + "?workshopId=" + packing + "&direction=OUTGOING&size=500");
		assertThat(ids(outgoing)).doesNotContain(id);

		var received = receive(api.as("supervisor"), id, "5", "demo");

		assertThat(received.status()).as(received.body()).isEqualTo(200);
		assertThat(received.json().get("status").asString()).isEqualTo("RECEIVED");
		assertThat(received.json().get("receivedBy").asString()).isEqualTo("supervisor");
		assertThat(received.json().get("receivedAt").isNull()).isFalse();
		assertThat(received.json().get("countedQuantity").decimalValue()).isEqualByComparingTo("5");
		assertThat(received.json().get("acceptedQuantity").decimalValue()).isEqualByComparingTo("5");
		assertThat(received.json().get("discrepancyId").isNull()).isTrue();
		assertThat(discrepancies(id)).isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Handover' and entity_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).as("created and received, in the audit trail").isEqualTo(2);
		var inTransit = api.as("operator").get(HANDOVERS + "?workshopId=" + packing + "&direction=INCOMING&status=IN_TRANSIT&size=500");
		assertThat(ids(inTransit)).doesNotContain(id);
	}

	@Test
	void aCountThatDiffersOpensADiscrepancyTheSupervisorSeesAndResolves() {
		JsonNode desk = deskWithFitted("5", "5");
		long id = handedOver(api.as("operator"), ReportFixtures.operation(desk, 0), "5");
		String packer = api.newUser("OPERATOR");

		var received = receive(api.as(packer), id, "4", NEW_USER_PASSWORD);

		assertThat(received.status()).as(received.body()).isEqualTo(200);
		assertThat(received.json().get("discrepancyStatus").asString()).isEqualTo("OPEN");
		var open = api.as("supervisor").get("/api/shopfloor/discrepancies?status=OPEN&size=500");
		assertThat(open.status()).as(open.body()).isEqualTo(200);
		JsonNode discrepancy = null;
		for (JsonNode item : open.json().get("items")) {
			if (item.get("handoverId").asLong() == id) {
				discrepancy = item;
			}
		}
		assertThat(discrepancy).as(open.body()).isNotNull();
		assertThat(discrepancy.get("sentQuantity").decimalValue()).isEqualByComparingTo("5");
		assertThat(discrepancy.get("countedQuantity").decimalValue()).isEqualByComparingTo("4");
		assertThat(discrepancy.get("difference").decimalValue()).isEqualByComparingTo("-1");
		assertThat(discrepancy.get("sentBy").asString()).isEqualTo("operator");
		assertThat(discrepancy.get("receivedBy").asString()).isEqualTo(packer);
		assertThat(discrepancy.get("fromWorkshopName").asString()).contains("Assembly");
		assertThat(discrepancy.get("toWorkshopName").asString()).contains("Packing");
		long workshop = discrepancy.get("fromWorkshopId").asLong();
		assertThat(api.as("supervisor").get("/api/shopfloor/discrepancies?status=OPEN&size=500&workshopId=" + workshop).body())
			.contains("\"handoverId\":" + id);
		assertThat(api.as("operator").get("/api/shopfloor/discrepancies").status()).isEqualTo(403);

		String path = "/api/shopfloor/discrepancies/" + discrepancy.get("id").asLong() + "/resolve";
		var noReason = api.as("supervisor").post(path, Map.of("resolution", "ACCEPT_COUNTED"));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.fieldError("reason")).isNotBlank();
		var resolved = api.as("supervisor").post(path, Map.of("resolution", "ACCEPT_COUNTED", "reason", "one top was chipped in transport"));
		assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
		assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
		assertThat(resolved.json().get("resolvedBy").asString()).isEqualTo("supervisor");
		assertThat(api.as("operator").get(HANDOVERS + "/" + id).json().get("acceptedQuantity").decimalValue())
			.isEqualByComparingTo("4");
		assertThat(api.as("supervisor").post(path, Map.of("resolution", "ACCEPT_SENT", "reason", "twice")).status())
			.isEqualTo(409);
	}

	@Test
	void aWrongPasswordIsRefusedNamingThePasswordAndWritesNothing() {
		JsonNode desk = deskWithFitted("3", "3");
		long id = handedOver(api.as("operator"), ReportFixtures.operation(desk, 0), "3");
		String packer = api.newUser("OPERATOR");

		var wrong = receive(api.as(packer).inChinese(), id, "2", "not-my-password");

		assertThat(wrong.status()).as(wrong.body()).isEqualTo(422);
		assertThat(wrong.fieldError("password")).isEqualTo("密码错误");
		assertThat(status(id)).isEqualTo("IN_TRANSIT");
		assertThat(discrepancies(id)).isZero();
		assertThat(jdbc.sql("select failed_attempts from app_user where username = :username")
			.param("username", packer)
			.query(Integer.class)
			.single()).as("counted towards the lock-out, like a failed sign-in").isEqualTo(1);
		assertThat(receive(api.as(packer), id, "3", NEW_USER_PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void moreThanTheFinishedQuantityNotYetHandedOverIsRefusedNamingTheQuantity() {
		JsonNode desk = deskWithFitted("3", "3");
		long fit = ReportFixtures.operation(desk, 0);
		handedOver(api.as("operator"), fit, "2");

		var tooMuch = handOver(api.as("operator"), fit, "2");

		assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(422);
		assertThat(tooMuch.fieldError("quantity")).contains("only 1");
		assertThat(handOver(api.as("operator"), fit, "0").fieldError("quantity")).isNotBlank();
		assertThat(jdbc.sql("select count(*) from shopfloor_handover where from_operation_id = :id")
			.param("id", fit)
			.query(Long.class)
			.single()).isEqualTo(1);
		handedOver(api.as("operator"), fit, "1");
	}

	@Test
	void aHandoverGoesOnlyToAnotherWorkshopAndOnlyTheReceivingSideConfirmsIt() {
		JsonNode desk = deskWithFitted("2", "2");
		long pack = ReportFixtures.operation(desk, 1);
		var unknown = api.as("operator").post(HANDOVERS, Map.of("operationId", 999_999_999L, "quantity", "1"));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.fieldError("operationId")).isNotBlank();
		var last = handOver(api.as("operator"), pack, "1");
		assertThat(last.status()).isEqualTo(422);
		assertThat(last.fieldError("operationId")).contains("same workshop");
		long id = handedOver(api.as("operator"), ReportFixtures.operation(desk, 0), "2");

		var own = receive(api.as("operator"), id, "2", "demo");

		assertThat(own.status()).isEqualTo(422);
		assertThat(own.fieldError("receivedBy")).isNotBlank();
		assertThat(api.as(api.newUser("OPERATOR")).post(HANDOVERS + "/" + id + "/cancel", Map.of()).status())
			.as("another operator").isEqualTo(403);
		var cancelled = api.as("operator").post(HANDOVERS + "/" + id + "/cancel", Map.of());
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
		assertThat(receive(api.as("supervisor"), id, "2", "demo").status()).isEqualTo(409);
		handedOver(api.as("operator"), ReportFixtures.operation(desk, 0), "2");
	}

	@Test
	void aComponentsLastOperationHandsOverToTheFirstOperationOfTheWorkOrderItIsMadeFor() {
		JsonNode desk = new ReportFixtures(api).releasedDesk("2");
		JsonNode top = null;
		for (JsonNode workOrder : api.as("planner").get("/api/orders/" + desk.get("orderId").asLong() + "/work-orders").json()) {
			if ("PRT-DESK-TOP".equals(workOrder.get("itemCode").asString())) {
				top = workOrder;
			}
		}
		assertThat(top).isNotNull();
		JsonNode operations = top.get("operations");
		long drying = operations.get(operations.size() - 1).get("id").asLong();
		Phone phone = new Phone();
		for (JsonNode operation : operations) {
			long id = operation.get("id").asLong();
			for (Map<String, Object> report : List.of(phone.report(id, "START"), phone.quantity(id, "2", "0"),
					phone.report(id, "FINISH"))) {
				var applied = api.as("supervisor").post("/api/shopfloor/reports", report);
				assertThat(applied.status()).as(applied.body()).isEqualTo(200);
			}
		}

		var sent = api.as("operator").post(HANDOVERS, Map.of("workOrderId", top.get("id").asLong(), "quantity", "2"));

		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		assertThat(sent.json().get("fromOperationId").asLong()).isEqualTo(drying);
		assertThat(sent.json().get("toOperationId").asLong()).isEqualTo(ReportFixtures.operation(desk, 0));
		assertThat(sent.json().get("fromWorkshopName").asString()).contains("Painting");
		assertThat(sent.json().get("toWorkshopName").asString()).contains("Assembly");
	}

	@Test
	void twoPeopleReceivingAtOnceGiveOneReceiptAndA409() throws Exception {
		JsonNode desk = deskWithFitted("4", "4");
		long id = handedOver(api.as("operator"), ReportFixtures.operation(desk, 0), "4");
		List<Api.Caller> receivers = List.of(api.as(api.newUser("OPERATOR")), api.as(api.newUser("OPERATOR")));
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Api.Response>> calls = new ArrayList<>();
		for (int i = 0; i < receivers.size(); i++) {
			Api.Caller receiver = receivers.get(i);
			String counted = i == 0 ? "4" : "3";
			calls.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
				return receive(receiver, id, counted, NEW_USER_PASSWORD);
			}));
		}
		start.countDown();
		List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(Api.Response::status).sorted().toList();

		assertThat(statuses).isEqualTo(List.of(200, 409));
		assertThat(status(id)).isEqualTo("RECEIVED");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Handover' and entity_id = :id and action = 'UPDATE'")
			.param("id", id)
			.query(Long.class)
			.single()).as("one receipt").isEqualTo(1);
	}

	@Test
	void aRetriedReceiptWithTheSameIdempotencyKeyGetsTheOriginalAnswer() {
		JsonNode desk = deskWithFitted("2", "2");
		long id = handedOver(api.as("operator"), ReportFixtures.operation(desk, 0), "2");
		var receiver = api.as(api.newUser("OPERATOR")).withHeader("Idempotency-Key", Api.unique("scan-in"));
		Map<String, Object> body = new HashMap<>(Map.of("countedQuantity", "1", "password", NEW_USER_PASSWORD));

		var first = receiver.post(HANDOVERS + "/" + id + "/receive", body);
		var retry = receiver.post(HANDOVERS + "/" + id + "/receive", body);

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(discrepancies(id)).isEqualTo(1);
	}

	private static List<Long> ids(Api.Response list) {
		List<Long> ids = new ArrayList<>();
		list.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
		return ids;
	}
}
