package io.atelier.orders;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
@RecordApplicationEvents
class OrderTransitionApiTests {

	@Autowired
	Api api;

	@Autowired
	ApplicationEvents events;

	@Test
	void anOrderIsTakenFromDraftToShippedAndEachStepPublishesItsEvent() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = fixtures.draft(fixtures.newCustomer());
		long id = order.get("id").asLong();
		String number = order.get("orderNumber").asString();

		JsonNode shipped = fixtures.moved(order, api.as("planner"), "confirm", "release");
		shipped = fixtures.moved(shipped, api.as("supervisor"), "start-production", "complete", "ship");

		assertThat(shipped.get("status").asString()).isEqualTo("SHIPPED");
		assertThat(shipped.get("actions")).isEmpty();
		assertThat(events.stream(OrderConfirmed.class)).containsExactly(new OrderConfirmed(id, number));
		assertThat(events.stream(OrderReleased.class)).containsExactly(new OrderReleased(id, number));
		assertThat(events.stream(OrderProductionStarted.class)).containsExactly(new OrderProductionStarted(id, number));
		assertThat(events.stream(OrderCompleted.class)).containsExactly(new OrderCompleted(id, number));
		assertThat(events.stream(OrderShipped.class)).containsExactly(new OrderShipped(id, number));
	}

	@Test
	void aHeldOrderResumesWhereItWasAndTheReasonIsKept() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = fixtures.moved(fixtures.draft(fixtures.newCustomer()), api.as("planner"), "confirm");
		long id = order.get("id").asLong();
		var held = api.as("planner").post("/api/orders/" + id + "/hold",
				Map.of("version", order.get("version").asLong(), "reason", "等待客户确认颜色 Waiting for the colour"));
		assertThat(held.status()).as(held.body()).isEqualTo(200);
		assertThat(held.json().get("status").asString()).isEqualTo("ON_HOLD");
		assertThat(held.json().get("heldFrom").asString()).isEqualTo("CONFIRMED");
		assertThat(held.json().get("statusReason").asString()).isEqualTo("等待客户确认颜色 Waiting for the colour");
		var resumed = api.as("planner").post("/api/orders/" + id + "/resume",
				Map.of("version", held.json().get("version").asLong()));
		assertThat(resumed.json().get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(events.stream(OrderHeld.class)).containsExactly(new OrderHeld(id, order.get("orderNumber").asString(),
				OrderStatus.CONFIRMED, "等待客户确认颜色 Waiting for the colour"));
		assertThat(events.stream(OrderResumed.class)).hasSize(1);
	}

	@Test
	void holdingOrCancellingWithoutAReasonIsRefusedNamingTheReason() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = fixtures.draft(fixtures.newCustomer());
		var refused = api.as("planner").post("/api/orders/" + order.get("id").asLong() + "/cancel",
				Map.of("version", order.get("version").asLong()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.fieldError("reason")).isEqualTo("is required");
		assertThat(events.stream(OrderCancelled.class)).isEmpty();
	}

	@Test
	void anIllegalStepIsAConflictNamingTheOrderTheActionAndTheStatusInEnglishAndChinese() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = fixtures.draft(fixtures.newCustomer());
		String path = "/api/orders/" + order.get("id").asLong() + "/ship";
		Map<String, Object> body = Map.of("version", order.get("version").asLong());
		String number = order.get("orderNumber").asString();

		var english = api.as("admin").post(path, body);
		assertThat(english.status()).isEqualTo(409);
		assertThat(english.json().get("detail").asString()).isEqualTo("Cannot ship order " + number + ": it is draft.");
		var chinese = api.as("admin").inChinese().post(path, body);
		assertThat(chinese.json().get("detail").asString()).isEqualTo("无法发货订单 " + number + "：该订单当前为“草稿”。");
		assertThat(events.stream(OrderShipped.class)).isEmpty();
	}

	@Test
	void aReleasedOrderIsNeitherChangedNorCancelledNorDeletedButTheReasonSaysWhatToDo() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = fixtures.moved(fixtures.draft(fixtures.newCustomer()), api.as("planner"), "confirm", "release");
		long id = order.get("id").asLong();
		long version = order.get("version").asLong();

		var cancel = api.as("planner").post("/api/orders/" + id + "/cancel", Map.of("version", version, "reason", "x"));
		assertThat(cancel.status()).isEqualTo(409);
		assertThat(cancel.json().get("detail").asString()).contains("released to production")
			.contains("change request");
		var change = OrderFixtures.order(order.get("customerId").asLong(), java.util.List.of());
		change.put("version", version);
		var edit = api.as("planner").inChinese().put("/api/orders/" + id, change);
		assertThat(edit.status()).isEqualTo(409);
		assertThat(edit.json().get("detail").asString()).contains("变更申请");
		var delete = api.as("planner").delete("/api/orders/" + id + "?version=" + version);
		assertThat(delete.status()).isEqualTo(409);
		assertThat(delete.json().get("detail").asString()).contains("Only drafts are deleted");
		var resume = api.as("planner").post("/api/orders/" + id + "/resume", Map.of("version", version));
		assertThat(resume.status()).isEqualTo(409);
		assertThat(resume.json().get("detail").asString()).contains("Cannot resume");
	}

	@Test
	void aDraftIsDeletedAndACancelledOrderStaysWithItsReason() {
		var fixtures = new OrderFixtures(api);
		long customer = fixtures.newCustomer();
		JsonNode draft = fixtures.draft(customer);
		var deleted = api.as("planner").delete("/api/orders/" + draft.get("id").asLong() + "?version="
				+ draft.get("version").asLong());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(api.as("planner").get("/api/orders/" + draft.get("id").asLong()).status()).isEqualTo(404);

		JsonNode cancelled = fixtures.moved(fixtures.draft(customer), api.as("planner"), "confirm", "cancel");
		assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.get("statusReason").asString()).isEqualTo("test");
		assertThat(events.stream(OrderCancelled.class)).singleElement()
			.satisfies(event -> assertThat(event.cancelledFrom()).isEqualTo(OrderStatus.CONFIRMED));
	}

	@Test
	void anEmptyDraftCannotBeConfirmed() {
		long customer = new OrderFixtures(api).newCustomer();
		JsonNode empty = api.as("planner").post("/api/orders", OrderFixtures.order(customer, java.util.List.of())).json();
		var refused = api.as("planner").post("/api/orders/" + empty.get("id").asLong() + "/confirm",
				Map.of("version", empty.get("version").asLong()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.fieldError("lines")).contains("at least one line");
	}
}
