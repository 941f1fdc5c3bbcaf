package io.atelier.acceptance;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance points of the foundation issue, as an integrator would try them against the demo factory. */
@AtelierIntegrationTest
class FoundationAcceptanceTests {

	@Autowired
	Api api;

	@Test
	void aPlannersTokenListsTheDemoMachinesWhileCustomersAreRefusedAndStrangersMustSignIn() {
		var issued = api.anonymous().post("/api/auth/tokens", Map.of("username", "planner", "password", "demo"));
		assertThat(issued.status()).isEqualTo(201);
		assertThat(issued.json().get("expiresAt").asString()).isNotBlank();
		var planner = api.anonymous().withHeader("Authorization", "Bearer " + issued.json().get("token").asString());

		JsonNode machines = planner.get("/api/machines?size=500&sort=code,asc").json();
		assertThat(machines.get("total").asLong()).isGreaterThanOrEqualTo(15);
		assertThat(machines.get("items").findValuesAsString("code")).contains("M-NEST-01", "M-EDGE-01");

		assertThat(api.as("customer").get("/api/machines").status()).isEqualTo(403);
		assertThat(api.as("customer").get("/api/items").status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/machines").status()).isEqualTo(401);
	}

	@Test
	void aStaleUpdateOfAnItemIsAConflictAndAnIncompleteItemNamesTheFieldInChinese() {
		var planner = api.as("planner");
		Map<String, Object> item = new HashMap<>(Map.of("code", Api.unique("IT"), "name", "Hinge 110°", "type",
				"MATERIAL", "unit", "PCS", "procurement", "BUY", "leadTimeDays", 7));
		JsonNode created = planner.post("/api/items", item).json();
		String path = "/api/items/" + created.get("id").asLong();

		item.put("version", created.get("version").asLong());
		item.put("name", "Hinge 110° soft-close");
		assertThat(planner.put(path, item).status()).isEqualTo(200);
		item.put("name", "Hinge from a stale screen");
		var stale = planner.put(path, item);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.header("Content-Type")).startsWith("application/problem+json");

		var incomplete = planner.inChinese()
			.post("/api/items", Map.of("code", Api.unique("IT"), "type", "PART", "unit", "PCS", "procurement", "MAKE"));
		assertThat(incomplete.status()).isIn(400, 422);
		assertThat(incomplete.json().get("title").asString()).isEqualTo("输入无效");
		assertThat(incomplete.fieldError("name")).isEqualTo("不能为空");
	}

	@Test
	void theHomePageCountsTheDemoFactory() {
		JsonNode counts = api.as("manager").get("/api/overview").json().get("counts");
		assertThat(counts.get("workshops").asLong()).isGreaterThanOrEqualTo(5);
		assertThat(counts.get("machines").asLong()).isGreaterThanOrEqualTo(12);
		assertThat(counts.get("workers").asLong()).isGreaterThanOrEqualTo(20);
		assertThat(counts.get("items").asLong()).isGreaterThanOrEqualTo(30);
		assertThat(counts.get("customers").asLong()).isGreaterThanOrEqualTo(12);
		assertThat(counts.get("routings").asLong()).isPositive();
		assertThat(counts.get("boms").asLong()).isPositive();
		assertThat(counts.get("setupMatrices").asLong()).isPositive();
	}
}
