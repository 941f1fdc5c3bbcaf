package io.atelier.factory;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
class WorkshopApiTests {

	@Autowired
	Api api;

	private Map<String, Object> workshop(String code, String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("name", name);
		body.put("description", "test");
		return body;
	}

	@Test
	void plannerCreatesReadsUpdatesAndDeletesAWorkshop() {
		var planner = api.as("planner");
		String code = Api.unique("WS");
		var created = planner.post("/api/workshops", workshop(code, "焊接车间 Welding"));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("active").asBoolean()).isTrue();

		var read = planner.get("/api/workshops/" + id);
		assertThat(read.json().get("name").asString()).isEqualTo("焊接车间 Welding");

		Map<String, Object> change = workshop(code, "焊接车间 Welding and grinding");
		change.put("version", read.json().get("version").asLong());
		var updated = planner.put("/api/workshops/" + id, change);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("version").asLong()).isGreaterThan(read.json().get("version").asLong());

		var deleted = planner.delete("/api/workshops/" + id + "?version=" + updated.json().get("version").asLong());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(planner.get("/api/workshops/" + id).status()).isEqualTo(404);
	}

	@Test
	void aStaleUpdateIsRefusedWithConflictAndChangesNothing() {
		var planner = api.as("planner");
		String code = Api.unique("WS");
		JsonNode created = planner.post("/api/workshops", workshop(code, "First")).json();
		long id = created.get("id").asLong();
		long version = created.get("version").asLong();

		Map<String, Object> first = workshop(code, "Changed by Alice");
		first.put("version", version);
		assertThat(planner.put("/api/workshops/" + id, first).status()).isEqualTo(200);

		Map<String, Object> second = workshop(code, "Changed by Bob from a stale copy");
		second.put("version", version);
		var stale = planner.put("/api/workshops/" + id, second);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
		assertThat(stale.json().get("detail").asString()).contains("Someone else changed this record");
		assertThat(planner.get("/api/workshops/" + id).json().get("name").asString()).isEqualTo("Changed by Alice");
	}

	@Test
	void aWorkshopWithoutANameIsRefusedNamingTheFieldInChinese() {
		var response = api.as("planner").inChinese().post("/api/workshops", Map.of("code", Api.unique("WS")));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("title").asString()).isEqualTo("输入无效");
		assertThat(response.fieldError("name")).isEqualTo("不能为空");
	}

	@Test
	void aDuplicateCodeIsAConflictNamingTheCode() {
		var planner = api.as("planner");
		String code = Api.unique("WS");
		planner.post("/api/workshops", workshop(code, "One"));
		var duplicate = planner.post("/api/workshops", workshop(code.toLowerCase(), "Two"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.fieldError("code")).contains("already used");
	}

	@Test
	void anImportWithBadRowsCreatesNothingAndReportsEveryBadRow() {
		var planner = api.as("planner");
		String good = Api.unique("WS");
		String csv = """
				code,name,description,active
				%s,Good row,,true
				,Missing code,,true
				%s-2,Bad flag,,perhaps
				""".formatted(good, good);
		var rejected = planner.upload("/api/workshops/import", "workshops.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).isEqualTo(422);
		JsonNode rows = rejected.json().get("rows");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get("row").asInt()).isEqualTo(3);
		assertThat(rows.get(0).get("field").asString()).isEqualTo("code");
		assertThat(rows.get(1).get("row").asInt()).isEqualTo(4);
		assertThat(rows.get(1).get("field").asString()).isEqualTo("active");
		assertThat(planner.get("/api/workshops?q=" + good).json().get("total").asLong()).isZero();

		String corrected = """
				code,name,description,active
				%s,Good row,,true
				%s-2,Second row,,false
				""".formatted(good, good);
		var accepted = planner.upload("/api/workshops/import", "workshops.csv",
				corrected.getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.json().get("created").asInt()).isEqualTo(2);
		assertThat(planner.get("/api/workshops?q=" + good).json().get("total").asLong()).isEqualTo(2);
	}

	@Test
	void anExportCanBeImportedBackUnchanged() {
		var planner = api.as("planner");
		for (String format : new String[] { "csv", "xlsx" }) {
			var export = planner.get("/api/workshops/export?format=" + format + "&q=WS-CUT");
			assertThat(export.status()).isEqualTo(200);
			assertThat(export.header("Content-Disposition")).contains("workshops-").contains("." + format);
			var reimport = planner.upload("/api/workshops/import", "workshops." + format, export.bytes());
			assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
			assertThat(reimport.json().get("updated").asInt()).isEqualTo(1);
			assertThat(reimport.json().get("created").asInt()).isZero();
		}
	}

	@Test
	void theListIsPagedSearchedAndSortedAndRejectsUnknownSortFields() {
		var planner = api.as("planner");
		JsonNode page = planner.get("/api/workshops?size=2&page=0&sort=code,desc").json();
		assertThat(page.get("size").asInt()).isEqualTo(2);
		assertThat(page.get("items")).hasSize(2);
		assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(5);
		String first = page.get("items").get(0).get("code").asString();
		String second = page.get("items").get(1).get("code").asString();
		assertThat(first.compareTo(second)).isPositive();

		assertThat(planner.get("/api/workshops?q=packing").json().get("items").get(0).get("code").asString())
			.isEqualTo("WS-PACK");
		var badSort = planner.get("/api/workshops?sort=password");
		assertThat(badSort.status()).isEqualTo(422);
		assertThat(badSort.fieldError("sort")).contains("cannot sort by password");
	}

	@Test
	void everyChangeIsInTheAuditTrailWithTheReasonGiven() {
		var planner = api.as("planner").withHeader("X-Change-Reason", "new%20line%20%E6%96%B0%E4%BA%A7%E7%BA%BF");
		String code = Api.unique("WS");
		long id = planner.post("/api/workshops", workshop(code, "Audited")).json().get("id").asLong();

		JsonNode history = api.as("admin").get("/api/audit-entries?entityType=Workshop&entityId=" + id).json();
		assertThat(history.get("total").asLong()).isEqualTo(1);
		JsonNode entry = history.get("items").get(0);
		assertThat(entry.get("action").asString()).isEqualTo("CREATE");
		assertThat(entry.get("actor").asString()).isEqualTo("planner");
		assertThat(entry.get("reason").asString()).isEqualTo("new line 新产线");
		assertThat(entry.get("entityLabel").asString()).isEqualTo(code);
		assertThat(entry.get("changes").toString()).contains("\"field\":\"name\"").contains("Audited");
	}

	@Test
	void aRetriedCreateWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesOneWorkshop() {
		String key = java.util.UUID.randomUUID().toString();
		var planner = api.as("planner").withHeader("Idempotency-Key", key);
		String code = Api.unique("WS");
		var first = planner.post("/api/workshops", workshop(code, "Created once"));
		var retry = planner.post("/api/workshops", workshop(code, "Created once"));
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertThat(api.as("planner").get("/api/workshops?q=" + code).json().get("total").asLong()).isEqualTo(1);

		var reused = planner.post("/api/workshops", workshop(Api.unique("WS"), "A different request"));
		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.json().get("title").asString()).isEqualTo("Idempotency-Key reused");
	}

	@Test
	void twoPeopleSavingTheSameVersionAtOnceGiveOneSuccessAndOneConflict() throws Exception {
		var planner = api.as("planner");
		String code = Api.unique("WS");
		JsonNode created = planner.post("/api/workshops", workshop(code, "Contended")).json();
		long id = created.get("id").asLong();
		long version = created.get("version").asLong();
		var start = new java.util.concurrent.CountDownLatch(1);
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
			var futures = java.util.stream.IntStream.range(0, 2).mapToObj(i -> pool.submit(() -> {
				Map<String, Object> change = workshop(code, "Edited by person " + i);
				change.put("version", version);
				start.await();
				return api.as(i == 0 ? "planner" : "admin").put("/api/workshops/" + id, change).status();
			})).toList();
			start.countDown();
			java.util.List<Integer> statuses = new java.util.ArrayList<>();
			for (var future : futures) {
				statuses.add(future.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		JsonNode after = planner.get("/api/workshops/" + id).json();
		assertThat(after.get("version").asLong()).isEqualTo(version + 1);
		assertThat(after.get("name").asString()).startsWith("Edited by person ");
	}
}
