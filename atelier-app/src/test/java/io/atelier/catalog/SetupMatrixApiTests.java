package io.atelier.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
class SetupMatrixApiTests {

	@Autowired
	Api api;

	@Autowired
	SetupMatrices matrices;

	Api.Caller planner;

	CatalogFixtures fixtures;

	long booth;

	long white;

	long grey;

	@BeforeEach
	void plant() {
		planner = api.as("planner");
		fixtures = new CatalogFixtures(planner);
		booth = fixtures.machine(fixtures.workCenter("CTR-SPRAY"));
		white = fixtures.family("WHITE");
		grey = fixtures.family("GREY");
	}

	private static Map<String, Object> entry(long from, long to, Integer minutes) {
		Map<String, Object> entry = new HashMap<>();
		entry.put("fromFamilyId", from);
		entry.put("toFamilyId", to);
		entry.put("setupMinutes", minutes);
		return entry;
	}

	private static Map<String, Object> matrix(long machineId, Integer defaultMinutes, List<Map<String, Object>> entries) {
		Map<String, Object> matrix = new HashMap<>();
		matrix.put("machineId", machineId);
		matrix.put("defaultSetupMinutes", defaultMinutes);
		matrix.put("entries", new ArrayList<>(entries));
		return matrix;
	}

	@Test
	void plannerCreatesReadsUpdatesAndDeletesAMatrixWithMachineAndFamiliesShown() {
		var created = planner.post("/api/setup-matrices", matrix(booth, 45, List.of(entry(white, grey, 10))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		JsonNode read = planner.get("/api/setup-matrices/" + id).json();
		assertThat(read.get("machineCode").asString()).isEqualTo(fixtures.code("/api/machines", booth));
		assertThat(read.get("entries").get(0).get("fromFamilyCode").asString())
			.isEqualTo(fixtures.code("/api/product-families", white));
		assertThat(read.get("entries").get(0).get("toFamilyName").asString()).isEqualTo("测试产品族 Test family");

		Map<String, Object> change = matrix(booth, 40, List.of(entry(white, grey, 10), entry(grey, white, 60)));
		change.put("version", read.get("version").asLong());
		var updated = planner.put("/api/setup-matrices/" + id, change);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("entries")).hasSize(2);

		var deleted = planner.delete("/api/setup-matrices/" + id + "?version=" + updated.json().get("version").asLong());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(planner.get("/api/setup-matrices/" + id).status()).isEqualTo(404);
	}

	@Test
	void theSchedulerAsksForChangeoverTimesByMachineAndFamilies() {
		fixtures.created("/api/setup-matrices", matrix(booth, 45, List.of(entry(white, grey, 10))));
		assertThat(matrices.setupMinutes(booth, white, grey)).isEqualTo(10);
		assertThat(matrices.setupMinutes(booth, grey, white)).isEqualTo(45);
		assertThat(matrices.setupMinutes(booth, grey, grey)).isZero();
		assertThat(matrices.setupMinutes(booth, null, grey)).isEqualTo(45);
		long plainSaw = fixtures.machine(fixtures.workCenter("CTR-SAW"));
		assertThat(matrices.setupMinutes(plainSaw, white, grey)).as("a machine without a matrix").isZero();
	}

	@Test
	void aStaleUpdateIsAConflict() {
		long id = fixtures.created("/api/setup-matrices", matrix(booth, 45, List.of()));
		Map<String, Object> change = matrix(booth, 30, List.of());
		change.put("version", 0);
		assertThat(planner.put("/api/setup-matrices/" + id, change).status()).isEqualTo(200);
		change.put("defaultSetupMinutes", 20);
		assertThat(planner.put("/api/setup-matrices/" + id, change).status()).isEqualTo(409);
	}

	@Test
	void missingNegativeUnknownAndRepeatedValuesAreRefusedNamingTheField() {
		var missing = planner.inChinese().post("/api/setup-matrices", matrix(booth, null, List.of()));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.fieldError("defaultSetupMinutes")).isEqualTo("不能为null");

		var negative = planner.post("/api/setup-matrices", matrix(booth, 10, List.of(entry(white, grey, -5))));
		assertThat(negative.status()).isEqualTo(422);
		assertThat(negative.fieldError("entries[0].setupMinutes")).isNotBlank();

		var unknown = planner.post("/api/setup-matrices",
				matrix(987654321L, 10, List.of(entry(white, grey, 5), entry(987654321L, grey, 5))));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.fieldError("machineId")).contains("does not exist");
		assertThat(unknown.fieldError("entries[1].fromFamilyId")).contains("does not exist");

		var twice = planner.post("/api/setup-matrices",
				matrix(booth, 10, List.of(entry(white, grey, 5), entry(white, grey, 8))));
		assertThat(twice.status()).isEqualTo(422);
		assertThat(twice.fieldError("entries[1].toFamilyId")).isEqualTo("this pair of families is already on entry 1");
	}

	@Test
	void aSecondMatrixForTheSameMachineIsAConflict() {
		fixtures.created("/api/setup-matrices", matrix(booth, 45, List.of()));
		var second = planner.post("/api/setup-matrices", matrix(booth, 30, List.of()));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.fieldError("machineId")).contains(fixtures.code("/api/machines", booth));
	}

	@Test
	void aMachineWithAMatrixAndAFamilyInOneCannotBeDeleted() {
		fixtures.created("/api/setup-matrices", matrix(booth, 45, List.of(entry(white, grey, 10))));
		String machineCode = fixtures.code("/api/machines", booth);
		var machine = planner.delete("/api/machines/" + booth + "?version=0");
		assertThat(machine.status()).isEqualTo(409);
		assertThat(machine.json().get("detail").asString()).contains("Setup matrix " + machineCode);
		var family = planner.delete("/api/product-families/" + grey + "?version=0");
		assertThat(family.status()).isEqualTo(409);
		assertThat(family.json().get("detail").asString()).contains("Setup matrix " + machineCode);
	}

	@Test
	void theListFiltersByMachineAndFindsTheMachineCode() {
		fixtures.created("/api/setup-matrices", matrix(booth, 45, List.of()));
		assertThat(planner.get("/api/setup-matrices?machineId=" + booth).json().get("total").asLong()).isEqualTo(1);
		String code = fixtures.code("/api/machines", booth);
		assertThat(planner.get("/api/setup-matrices?q=" + code.toLowerCase()).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void anImportPointsEveryBadEntryAtItsRowAndColumnAndCreatesNothing() {
		String machine = fixtures.code("/api/machines", booth);
		String other = fixtures.code("/api/machines", fixtures.machine(fixtures.workCenter("CTR-EDGE")));
		String w = fixtures.code("/api/product-families", white);
		String g = fixtures.code("/api/product-families", grey);
		String bad = """
				machineCode,defaultSetupMinutes,fromFamilyCode,toFamilyCode,setupMinutes
				%1$s,45,%3$s,%4$s,10
				%1$s,45,%4$s,NO-SUCH-FAMILY,60
				%2$s,20,%3$s,%4$s,5
				%2$s,20,%3$s,%4$s,7
				""".formatted(machine, other, w, g);
		var rejected = planner.upload("/api/setup-matrices/import", "matrices.csv", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).isEqualTo(422);
		JsonNode rows = rejected.json().get("rows");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get("row").asInt()).isEqualTo(3);
		assertThat(rows.get(0).get("field").asString()).isEqualTo("toFamilyCode");
		assertThat(rows.get(1).get("row").asInt()).isEqualTo(5);
		assertThat(rows.get(1).get("field").asString()).isEqualTo("toFamilyCode");
		assertThat(planner.get("/api/setup-matrices?machineId=" + booth).json().get("total").asLong()).isZero();

		String corrected = """
				machineCode,defaultSetupMinutes,fromFamilyCode,toFamilyCode,setupMinutes
				%1$s,45,%3$s,%4$s,10
				%1$s,45,%4$s,%3$s,60
				%2$s,20,,,
				""".formatted(machine, other, w, g);
		var accepted = planner.upload("/api/setup-matrices/import", "matrices.csv",
				corrected.getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("created").asInt()).isEqualTo(2);
		assertThat(matrices.setupMinutes(booth, grey, white)).isEqualTo(60);
	}

	@Test
	void anExportCanBeImportedBackUnchanged() {
		fixtures.created("/api/setup-matrices", matrix(booth, 45, List.of(entry(white, grey, 10), entry(grey, white, 60))));
		String code = fixtures.code("/api/machines", booth);
		for (String format : new String[] { "csv", "xlsx" }) {
			var export = planner.get("/api/setup-matrices/export?format=" + format + "&q=" + code);
			assertThat(export.status()).isEqualTo(200);
			var reimport = planner.upload("/api/setup-matrices/import", "matrices." + format, export.bytes());
			assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
			assertThat(reimport.json().get("updated").asInt()).isEqualTo(1);
		}
		JsonNode after = planner.get("/api/setup-matrices?machineId=" + booth).json().get("items").get(0);
		assertThat(after.get("version").asLong()).isZero();
		assertThat(after.get("entries")).hasSize(2);
	}
}
