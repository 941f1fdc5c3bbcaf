package io.atelier.workforce;

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
class SkillApiTests {

	@Autowired
	Api api;

	@Autowired
	Skills skills;

	static Map<String, Object> skill(String code, String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("name", name);
		body.put("description", "test");
		return body;
	}

	@Test
	void plannerCreatesReadsUpdatesAndDeletesASkill() {
		var planner = api.as("planner");
		String code = Api.unique("SK");
		var created = planner.post("/api/skills", skill(code, "焊接 Welding"));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();

		var read = planner.get("/api/skills/" + id);
		assertThat(read.json().get("name").asString()).isEqualTo("焊接 Welding");
		assertThat(skills.findByCode(code.toLowerCase())).contains(new Skills.SkillRef(id, code, "焊接 Welding"));

		Map<String, Object> change = skill(code, "焊接 Welding and brazing");
		change.put("version", read.json().get("version").asLong());
		var updated = planner.put("/api/skills/" + id, change);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("name").asString()).isEqualTo("焊接 Welding and brazing");

		var deleted = planner.delete("/api/skills/" + id + "?version=" + updated.json().get("version").asLong());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(planner.get("/api/skills/" + id).status()).isEqualTo(404);
		assertThat(skills.find(id)).isEmpty();
	}

	@Test
	void aStaleUpdateIsRefusedWithConflict() {
		var planner = api.as("planner");
		String code = Api.unique("SK");
		JsonNode created = planner.post("/api/skills", skill(code, "First")).json();
		long id = created.get("id").asLong();
		Map<String, Object> first = skill(code, "Changed by Alice");
		first.put("version", created.get("version").asLong());
		assertThat(planner.put("/api/skills/" + id, first).status()).isEqualTo(200);

		Map<String, Object> second = skill(code, "Changed from a stale copy");
		second.put("version", created.get("version").asLong());
		assertThat(planner.put("/api/skills/" + id, second).status()).isEqualTo(409);
		assertThat(planner.get("/api/skills/" + id).json().get("name").asString()).isEqualTo("Changed by Alice");
	}

	@Test
	void aSkillWithoutANameIsRefusedNamingTheFieldInChinese() {
		var response = api.as("planner").inChinese().post("/api/skills", Map.of("code", Api.unique("SK")));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("name")).isEqualTo("不能为空");
	}

	@Test
	void aCodeLongerThanFortyCharactersIsRefusedNamingTheCode() {
		var response = api.as("planner").post("/api/skills", skill("S".repeat(41), "Too long"));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("code")).isNotNull();
	}

	@Test
	void aDuplicateCodeIsAConflictNamingTheCode() {
		var planner = api.as("planner");
		String code = Api.unique("SK");
		planner.post("/api/skills", skill(code, "One"));
		var duplicate = planner.post("/api/skills", skill(code.toLowerCase(), "Two"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.fieldError("code")).contains("already used");
	}

	@Test
	void operatorsReadSkillsButCannotWriteThemAndCustomersSeeNothing() {
		assertThat(api.as("operator").get("/api/skills?q=EDGE").status()).isEqualTo(200);
		assertThat(api.as("operator").post("/api/skills", skill(Api.unique("SK"), "No")).status()).isEqualTo(403);
		assertThat(api.as("customer").get("/api/skills").status()).isEqualTo(403);
	}

	@Test
	void theDemoFactoryHasTheSkillsAFurnitureFactoryNeeds() {
		JsonNode page = api.as("planner").get("/api/skills?q=edge").json();
		assertThat(page.get("items").get(0).get("code").asString()).isEqualTo("EDGE");
		assertThat(api.as("planner").get("/api/skills").json().get("total").asLong()).isGreaterThanOrEqualTo(12);
	}

	@Test
	void anImportWithBadRowsCreatesNothingAndReportsEveryBadRow() {
		var planner = api.as("planner");
		String good = Api.unique("SK");
		String csv = """
				code,name,description
				%s,Good row,
				,Missing code,
				%s-2,,Missing name
				%s,Same code again,
				""".formatted(good, good, good);
		var rejected = planner.upload("/api/skills/import", "skills.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).isEqualTo(422);
		JsonNode rows = rejected.json().get("rows");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).get("row").asInt()).isEqualTo(3);
		assertThat(rows.get(0).get("field").asString()).isEqualTo("code");
		assertThat(rows.get(1).get("row").asInt()).isEqualTo(4);
		assertThat(rows.get(1).get("field").asString()).isEqualTo("name");
		assertThat(rows.get(2).get("row").asInt()).isEqualTo(5);
		assertThat(planner.get("/api/skills?q=" + good).json().get("total").asLong()).isZero();

		String corrected = """
				code,name,description
				%s,Good row,
				%s-2,Second row,Now named
				""".formatted(good, good);
		var accepted = planner.upload("/api/skills/import", "skills.csv", corrected.getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("created").asInt()).isEqualTo(2);
		assertThat(planner.get("/api/skills?q=" + good).json().get("total").asLong()).isEqualTo(2);
	}

	@Test
	void anExportCanBeImportedBackUnchanged() {
		var planner = api.as("planner");
		for (String format : new String[] { "csv", "xlsx" }) {
			var export = planner.get("/api/skills/export?format=" + format + "&q=SPRAY");
			assertThat(export.status()).isEqualTo(200);
			assertThat(export.header("Content-Disposition")).contains("skills-").contains("." + format);
			var reimport = planner.upload("/api/skills/import", "skills." + format, export.bytes());
			assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
			assertThat(reimport.json().get("updated").asInt()).isEqualTo(1);
			assertThat(reimport.json().get("created").asInt()).isZero();
		}
		assertThat(planner.get("/api/skills?q=SPRAY").json().get("items").get(0).get("name").asString())
			.isEqualTo("喷涂 Spray painting");
	}
}
