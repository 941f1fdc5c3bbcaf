package io.atelier.workforce;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.factory.Calendars;
import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
class WorkerApiTests {

	@Autowired
	Api api;

	@Autowired
	Workers workers;

	@Autowired
	Calendars calendars;

	private long workshopId(String code) {
		return api.as("planner").get("/api/workshops?q=" + code).json().get("items").get(0).get("id").asLong();
	}

	private long calendarId(String code) {
		return calendars.findByCode(code).orElseThrow().id();
	}

	private long newSkill() {
		String code = Api.unique("SK");
		return api.as("planner").post("/api/skills", SkillApiTests.skill(code, "Skill " + code)).json().get("id").asLong();
	}

	private String skillCode(long skillId) {
		return api.as("planner").get("/api/skills/" + skillId).json().get("code").asString();
	}

	private static Map<String, Object> held(long skillId, int level) {
		return Map.of("skillId", skillId, "level", level);
	}

	private Map<String, Object> worker(String code, String workshop, List<Map<String, Object>> skills) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("name", "测试工 Test worker");
		body.put("workshopId", workshopId(workshop));
		body.put("calendarId", calendarId("CAL-2SHIFT"));
		body.put("phone", "138 0000 0000");
		body.put("skills", skills);
		return body;
	}

	private JsonNode create(Map<String, Object> body) {
		var created = api.as("planner").post("/api/workers", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	@Test
	void plannerCreatesReadsUpdatesAndDeletesAWorkerWithSkills() {
		var planner = api.as("planner");
		long cutting = newSkill();
		long boring = newSkill();
		String code = Api.unique("W");
		JsonNode created = create(worker(code, "WS-CUT", List.of(held(cutting, 3), held(boring, 1))));
		long id = created.get("id").asLong();

		JsonNode read = planner.get("/api/workers/" + id).json();
		assertThat(read.get("workshopCode").asString()).isEqualTo("WS-CUT");
		assertThat(read.get("workshopName").asString()).isEqualTo("开料车间 Panel cutting");
		assertThat(read.get("calendarCode").asString()).isEqualTo("CAL-2SHIFT");
		assertThat(read.get("calendarName").asString()).isNotBlank();
		assertThat(read.get("active").asBoolean()).isTrue();
		assertThat(read.get("skills")).hasSize(2);
		assertThat(read.get("skills").get(0).get("skillCode").asString()).isEqualTo(skillCode(cutting));
		assertThat(read.get("skills").get(0).get("skillName").asString()).startsWith("Skill ");
		assertThat(read.get("skills").get(0).get("level").asInt()).isEqualTo(3);

		Map<String, Object> change = worker(code, "WS-EDGE", List.of(held(boring, 4)));
		change.put("version", read.get("version").asLong());
		change.put("calendarId", null);
		change.put("active", false);
		var updated = planner.put("/api/workers/" + id, change);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("workshopCode").asString()).isEqualTo("WS-EDGE");
		assertThat(updated.json().get("calendarId").isNull()).isTrue();
		assertThat(updated.json().get("active").asBoolean()).isFalse();
		assertThat(updated.json().get("skills")).hasSize(1);
		assertThat(updated.json().get("skills").get(0).get("level").asInt()).isEqualTo(4);
		assertThat(workers.findByCode(code)).contains(
				new Workers.WorkerRef(id, code, "测试工 Test worker", workshopId("WS-EDGE"), null));

		var deleted = planner.delete("/api/workers/" + id + "?version=" + updated.json().get("version").asLong());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(planner.get("/api/workers/" + id).status()).isEqualTo(404);
	}

	@Test
	void reorderingAndRelevellingSkillsKeepsTheOrderGivenAndIsInTheAuditTrail() {
		var planner = api.as("planner");
		long first = newSkill();
		long second = newSkill();
		String code = Api.unique("W");
		JsonNode created = create(worker(code, "WS-ASM", List.of(held(first, 2), held(second, 3))));
		long id = created.get("id").asLong();

		Map<String, Object> swapped = worker(code, "WS-ASM", List.of(held(second, 3), held(first, 4)));
		swapped.put("version", created.get("version").asLong());
		var updated = planner.put("/api/workers/" + id, swapped);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		JsonNode skills = planner.get("/api/workers/" + id).json().get("skills");
		assertThat(skills.get(0).get("skillId").asLong()).isEqualTo(second);
		assertThat(skills.get(1).get("skillId").asLong()).isEqualTo(first);
		assertThat(skills.get(1).get("level").asInt()).isEqualTo(4);

		JsonNode history = api.as("admin").get("/api/audit-entries?entityType=Worker&entityId=" + id).json();
		assertThat(history.toString()).contains("\"field\":\"skills\"")
			.contains("[%d:2, %d:3]".formatted(first, second))
			.contains("[%d:3, %d:4]".formatted(second, first));
	}

	@Test
	void aStaleUpdateIsRefusedWithConflict() {
		var planner = api.as("planner");
		String code = Api.unique("W");
		JsonNode created = create(worker(code, "WS-ASM", List.of()));
		long id = created.get("id").asLong();
		Map<String, Object> first = worker(code, "WS-ASM", List.of());
		first.put("version", created.get("version").asLong());
		first.put("phone", "first");
		assertThat(planner.put("/api/workers/" + id, first).status()).isEqualTo(200);

		Map<String, Object> second = worker(code, "WS-ASM", List.of());
		second.put("version", created.get("version").asLong());
		second.put("phone", "second");
		assertThat(planner.put("/api/workers/" + id, second).status()).isEqualTo(409);
		assertThat(planner.get("/api/workers/" + id).json().get("phone").asString()).isEqualTo("first");
	}

	@Test
	void aWorkerWithoutAWorkshopIsRefusedNamingTheFieldInChinese() {
		Map<String, Object> body = worker(Api.unique("W"), "WS-ASM", List.of());
		body.remove("workshopId");
		var response = api.as("planner").inChinese().post("/api/workers", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("title").asString()).isEqualTo("输入无效");
		assertThat(response.fieldError("workshopId")).isEqualTo("不能为null");
	}

	@Test
	void aSkillLevelOutsideOneToFiveIsRefusedNamingTheSkillLine() {
		long skill = newSkill();
		var tooHigh = api.as("planner")
			.post("/api/workers", worker(Api.unique("W"), "WS-ASM", List.of(held(skill, 6))));
		assertThat(tooHigh.status()).isEqualTo(422);
		assertThat(tooHigh.fieldError("skills[0].level")).isNotBlank();

		var tooLow = api.as("planner")
			.post("/api/workers", worker(Api.unique("W"), "WS-ASM", List.of(held(newSkill(), 2), held(skill, 0))));
		assertThat(tooLow.status()).isEqualTo(422);
		assertThat(tooLow.fieldError("skills[1].level")).isNotBlank();
		assertThat(tooLow.fieldError("skills[0].level")).isNull();
	}

	@Test
	void unknownSkillsWorkshopsAndCalendarsAreRefusedNamingTheField() {
		Map<String, Object> body = worker(Api.unique("W"), "WS-ASM", List.of(held(newSkill(), 2), held(987654321, 2)));
		body.put("workshopId", 987654321);
		body.put("calendarId", 987654321);
		var response = api.as("planner").post("/api/workers", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("skills[1].skillId")).contains("does not exist");
		assertThat(response.fieldError("skills[0].skillId")).isNull();
		assertThat(response.fieldError("workshopId")).contains("does not exist");
		assertThat(response.fieldError("calendarId")).contains("does not exist");
	}

	@Test
	void aWorkerCannotHoldTheSameSkillTwice() {
		long skill = newSkill();
		var response = api.as("planner")
			.post("/api/workers", worker(Api.unique("W"), "WS-ASM", List.of(held(skill, 2), held(skill, 4))));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("skills[1].skillId")).contains(skillCode(skill)).contains("more than once");
	}

	@Test
	void aSkillHeldByAWorkerCannotBeDeletedAndTheRefusalNamesTheWorker() {
		var planner = api.as("planner");
		long skill = newSkill();
		String code = Api.unique("W");
		JsonNode worker = create(worker(code, "WS-PAINT", List.of(held(skill, 2))));
		long skillVersion = planner.get("/api/skills/" + skill).json().get("version").asLong();

		var refused = planner.delete("/api/skills/" + skill + "?version=" + skillVersion);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("Worker " + code);
		assertThat(planner.get("/api/skills/" + skill).status()).isEqualTo(200);

		Map<String, Object> without = worker(code, "WS-PAINT", List.of());
		without.put("version", worker.get("version").asLong());
		assertThat(planner.put("/api/workers/" + worker.get("id").asLong(), without).status()).isEqualTo(200);
		assertThat(planner.delete("/api/skills/" + skill + "?version=" + skillVersion).status()).isEqualTo(204);
	}

	@Test
	void aWorkshopWithWorkersCannotBeDeletedAndTheRefusalNamesTheWorker() {
		var planner = api.as("planner");
		String workshopCode = Api.unique("WS");
		JsonNode workshop = planner
			.post("/api/workshops", Map.of("code", workshopCode, "name", "Temporary workshop"))
			.json();
		String code = Api.unique("W");
		create(worker(code, workshopCode, List.of()));

		var refused = planner.inChinese()
			.delete("/api/workshops/" + workshop.get("id").asLong() + "?version=" + workshop.get("version").asLong());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("人员 " + code);
	}

	@Test
	void aCalendarThatAWorkerFollowsCannotBeDeletedAndTheRefusalNamesTheWorker() {
		var planner = api.as("planner");
		JsonNode calendar = planner
			.post("/api/calendars", Map.of("code", Api.unique("CAL"), "name", "Temporary calendar", "shifts", List.of(),
					"holidays", List.of(), "downtimes", List.of()))
			.json();
		String code = Api.unique("W");
		Map<String, Object> body = worker(code, "WS-PACK", List.of());
		body.put("calendarId", calendar.get("id").asLong());
		create(body);

		var refused = planner
			.delete("/api/calendars/" + calendar.get("id").asLong() + "?version=" + calendar.get("version").asLong());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("Worker " + code);
		assertThat(calendars.find(calendar.get("id").asLong())).isPresent();
	}

	@Test
	void theListFiltersBySkillWorkshopAndActive() {
		var planner = api.as("planner");
		long skill = newSkill();
		long other = newSkill();
		String prefix = Api.unique("W");
		create(worker(prefix + "-A", "WS-PACK", List.of(held(skill, 2), held(other, 5))));
		Map<String, Object> inactive = worker(prefix + "-B", "WS-ASM", List.of(held(skill, 4)));
		inactive.put("active", false);
		create(inactive);
		create(worker(prefix + "-C", "WS-PACK", List.of(held(other, 3))));

		JsonNode withSkill = planner.get("/api/workers?skillId=" + skill + "&sort=code,asc").json();
		assertThat(withSkill.get("total").asLong()).isEqualTo(2);
		assertThat(withSkill.get("items").get(0).get("code").asString()).isEqualTo(prefix + "-A");
		assertThat(withSkill.get("items").get(1).get("code").asString()).isEqualTo(prefix + "-B");

		assertThat(planner.get("/api/workers?skillId=" + skill + "&active=true").json().get("total").asLong())
			.isEqualTo(1);
		assertThat(planner.get("/api/workers?q=" + prefix + "&workshopId=" + workshopId("WS-PACK"))
			.json()
			.get("total")
			.asLong()).isEqualTo(2);
		JsonNode demoInactive = planner.get("/api/workers?active=false&q=W-1105").json();
		assertThat(demoInactive.get("items").get(0).get("name").asString()).isEqualTo("何文斌 He Wenbin");
	}

	@Test
	void workersWithASkillAreTheActiveOnesAtTheLevelAskedMostSkilledFirst() {
		long skill = newSkill();
		String prefix = Api.unique("W");
		create(worker(prefix + "-NOVICE", "WS-ASM", List.of(held(skill, 1))));
		create(worker(prefix + "-GOOD", "WS-ASM", List.of(held(skill, 3))));
		create(worker(prefix + "-MASTER", "WS-EDGE", List.of(held(newSkill(), 2), held(skill, 5))));
		Map<String, Object> away = worker(prefix + "-AWAY", "WS-ASM", List.of(held(skill, 5)));
		away.put("active", false);
		create(away);

		assertThat(workers.withSkill(skill, 3)).extracting(Workers.WorkerRef::code)
			.containsExactly(prefix + "-MASTER", prefix + "-GOOD");
		assertThat(workers.withSkill(skill, 1)).hasSize(3);
	}

	@Test
	void anImportWithBadRowsCreatesNothingAndReportsEveryBadRowThenTheCorrectedFileImports() {
		var planner = api.as("planner");
		String skill = skillCode(newSkill());
		String prefix = Api.unique("W");
		String csv = """
				code,name,workshopCode,calendarCode,phone,active,skills
				%1$s-1,Good row,WS-CUT,CAL-2SHIFT,,true,%2$s:3;EDGE:2
				%1$s-2,Unknown skill,WS-CUT,CAL-2SHIFT,,true,NO-SUCH-SKILL:3
				%1$s-3,Level too high,WS-CUT,CAL-DAY,,true,%2$s:7
				%1$s-4,Unknown workshop,WS-NOWHERE,,,true,
				%1$s-5,Skill twice,WS-ASM,,,true,%2$s:2;%2$s:3
				""".formatted(prefix, skill);
		var rejected = planner.upload("/api/workers/import", "workers.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).isEqualTo(422);
		JsonNode rows = rejected.json().get("rows");
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0).get("row").asInt()).isEqualTo(3);
		assertThat(rows.get(0).get("field").asString()).isEqualTo("skills");
		assertThat(rows.get(0).get("message").asString()).contains("NO-SUCH-SKILL");
		assertThat(rows.get(1).get("row").asInt()).isEqualTo(4);
		assertThat(rows.get(1).get("field").asString()).isEqualTo("skills");
		assertThat(rows.get(1).get("message").asString()).contains("from 1 to 5");
		assertThat(rows.get(2).get("row").asInt()).isEqualTo(5);
		assertThat(rows.get(2).get("field").asString()).isEqualTo("workshopCode");
		assertThat(rows.get(3).get("row").asInt()).isEqualTo(6);
		assertThat(rows.get(3).get("message").asString()).contains("more than once");
		assertThat(planner.get("/api/workers?q=" + prefix).json().get("total").asLong()).isZero();

		String corrected = """
				code,name,workshopCode,calendarCode,phone,active,skills
				%1$s-1,Good row,WS-CUT,CAL-2SHIFT,,true,%2$s:3;EDGE:2
				%1$s-2,Known skill,WS-CUT,CAL-2SHIFT,,true,%2$s:3
				%1$s-3,Level in range,WS-CUT,CAL-DAY,,true,%2$s：5；EDGE：1
				%1$s-4,Known workshop,WS-PACK,,,false,
				""".formatted(prefix, skill);
		var accepted = planner.upload("/api/workers/import", "workers.csv", corrected.getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("created").asInt()).isEqualTo(4);
		JsonNode third = planner.get("/api/workers?q=" + prefix + "-3").json().get("items").get(0);
		assertThat(third.get("calendarCode").asString()).isEqualTo("CAL-DAY");
		assertThat(third.get("skills").get(0).get("level").asInt()).isEqualTo(5);
		assertThat(third.get("skills").get(1).get("skillCode").asString()).isEqualTo("EDGE");
	}

	@Test
	void anExportCanBeImportedBackUnchanged() {
		var planner = api.as("planner");
		long first = newSkill();
		long second = newSkill();
		String code = Api.unique("W");
		JsonNode created = create(worker(code, "WS-EDGE", List.of(held(first, 3), held(second, 2))));
		for (String format : new String[] { "csv", "xlsx" }) {
			var export = planner.get("/api/workers/export?format=" + format + "&q=" + code);
			assertThat(export.status()).isEqualTo(200);
			assertThat(export.header("Content-Disposition")).contains("workers-").contains("." + format);
			if (format.equals("csv")) {
				assertThat(new String(export.bytes(), StandardCharsets.UTF_8))
					.contains(skillCode(first) + ":3;" + skillCode(second) + ":2")
					.contains("CAL-2SHIFT");
			}
			var reimport = planner.upload("/api/workers/import", "workers." + format, export.bytes());
			assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
			assertThat(reimport.json().get("updated").asInt()).isEqualTo(1);
			assertThat(reimport.json().get("created").asInt()).isZero();
		}
		JsonNode after = planner.get("/api/workers/" + created.get("id").asLong()).json();
		assertThat(after.get("skills")).isEqualTo(created.get("skills"));
		assertThat(after.get("version").asLong()).isEqualTo(created.get("version").asLong());
	}
}
