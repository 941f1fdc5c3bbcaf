package io.atelier.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A planner releases many confirmed orders in one request (docs/orders.md, "Releasing many orders"). */
@AtelierIntegrationTest
class BulkReleaseApiTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReleasableOrdersAreReleasedAndEachOtherIsRefusedAloneWithItsReason() {
		var fixtures = new OrderFixtures(api);
		var planner = api.as("planner");
		long customer = fixtures.newCustomer();
		List<JsonNode> confirmed = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			confirmed.add(fixtures.moved(fixtures.draft(customer), planner, "confirm"));
		}
		JsonNode draft = fixtures.draft(customer);
		JsonNode changedMeanwhile = fixtures.moved(fixtures.draft(customer), planner, "confirm");

		var answer = planner.inChinese().post("/api/orders/release", Map.of("orders", List.of(
				item(confirmed.get(0)), item(draft), item(confirmed.get(1)),
				Map.of("id", changedMeanwhile.get("id").asLong(), "version", changedMeanwhile.get("version").asLong() - 1),
				Map.of("id", 987654321L, "version", 0), item(confirmed.get(2)))));

		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		JsonNode results = answer.json().get("results");
		assertThat(answer.json().get("released").asInt()).isEqualTo(3);
		assertThat(answer.json().get("refused").asInt()).isEqualTo(3);
		List<Integer> statuses = new ArrayList<>();
		results.forEach(result -> statuses.add(result.get("status").asInt()));
		assertThat(statuses).containsExactly(200, 409, 200, 409, 404, 200);
		assertThat(results.get(0).get("orderStatus").asString()).isEqualTo("RELEASED");
		assertThat(results.get(0).get("orderNumber").asString()).isEqualTo(confirmed.get(0).get("orderNumber").asString());
		// the draft's refusal is the single release's, translated
		assertThat(results.get(1).get("problem").get("errors").get(0).get("field").asString()).isEqualTo("status");
		assertThat(results.get(1).get("problem").get("title").asString()).matches(".*\\p{IsHan}.*");
		assertThat(results.get(3).get("problem").get("errors").get(0).get("field").asString()).isEqualTo("version");

		for (JsonNode order : confirmed) {
			assertThat(workOrderCount(order)).as("work orders of the released order").isPositive();
			assertThat(planner.get("/api/orders/" + order.get("id").asLong()).json().get("status").asString())
				.isEqualTo("RELEASED");
		}
		assertThat(workOrderCount(draft)).isZero();
		assertThat(workOrderCount(changedMeanwhile)).isZero();
		assertThat(planner.get("/api/orders/" + changedMeanwhile.get("id").asLong()).json().get("status").asString())
			.isEqualTo("CONFIRMED");
	}

	@Test
	void twoPlannersReleasingTheSameOrdersAtOnceReleaseEachOrderOnce() throws Exception {
		var fixtures = new OrderFixtures(api);
		long customer = fixtures.newCustomer();
		var first = api.as(api.newUser("PLANNER"));
		var second = api.as(api.newUser("PLANNER"));
		List<Map<String, Object>> items = new ArrayList<>();
		List<JsonNode> orders = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			JsonNode order = fixtures.moved(fixtures.draft(customer), api.as("planner"), "confirm");
			orders.add(order);
			items.add(item(order));
		}
		var one = CompletableFuture.supplyAsync(() -> first.post("/api/orders/release", Map.of("orders", items)));
		var other = CompletableFuture.supplyAsync(() -> second.post("/api/orders/release",
				Map.of("orders", items.reversed())));
		JsonNode a = one.get().json();
		JsonNode b = other.get().json();

		assertThat(a.get("released").asInt() + b.get("released").asInt()).isEqualTo(6);
		for (JsonNode result : a.get("results")) {
			assertThat(result.get("status").asInt()).isIn(200, 409);
		}
		for (JsonNode order : orders) {
			Long seqOnes = jdbc.sql("select count(*) from work_order where order_id = :id and seq = 1")
				.param("id", order.get("id").asLong())
				.query(Long.class)
				.single();
			assertThat(seqOnes).isEqualTo(1);
		}
	}

	@Test
	void anEmptyOrOversizedBulkReleaseIsRefusedNamingTheOrders() {
		var planner = api.as("planner");
		var empty = planner.post("/api/orders/release", Map.of("orders", List.of()));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.fieldError("orders")).isNotBlank();
		List<Map<String, Object>> tooMany = new ArrayList<>();
		for (int i = 0; i <= BulkRelease.MAX_ORDERS; i++) {
			tooMany.add(Map.of("id", i + 1, "version", 0));
		}
		assertThat(planner.post("/api/orders/release", Map.of("orders", tooMany)).status()).isEqualTo(422);
		Map<String, Object> noId = new HashMap<>();
		noId.put("version", 0);
		var missing = planner.post("/api/orders/release", Map.of("orders", List.of(noId)));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.fieldError("orders[0].id")).isNotBlank();
	}

	private long workOrderCount(JsonNode order) {
		return jdbc.sql("select count(*) from work_order where order_id = :id")
			.param("id", order.get("id").asLong())
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> item(JsonNode order) {
		return Map.of("id", order.get("id").asLong(), "version", order.get("version").asLong());
	}
}
