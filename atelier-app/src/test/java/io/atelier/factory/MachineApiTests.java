package io.atelier.factory;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static io.atelier.factory.FactoryFixture.machineBody;
import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
class MachineApiTests {

	@Autowired
	Api api;

	@Autowired
	Machines machines;

	FactoryFixture factory;

	@BeforeEach
	void setUp() {
		factory = new FactoryFixture(api);
	}

	@Test
	void aPlannerWithATokenListsTheDemoMachinesWithTheirWorkCenterWorkshopAndCalendar() {
		var response = api.as("planner").get("/api/machines?size=100&sort=code,asc");
		assertThat(response.status()).isEqualTo(200);
		JsonNode items = response.json().get("items");
		assertThat(items.findValuesAsString("code")).contains("M-SAW-01", "M-NEST-01", "M-EDGE-01", "M-OVEN-01",
				"M-PACK-01");
		assertThat(response.json().get("total").asLong()).isGreaterThanOrEqualTo(15);
		JsonNode saw = items.get(items.findValuesAsString("code").indexOf("M-SAW-01"));
		assertThat(saw.get("name").asString()).isEqualTo("豪迈电子开料锯 HOMAG beam saw");
		assertThat(saw.get("workCenterCode").asString()).isEqualTo("WC-SAW");
		assertThat(saw.get("workshopCode").asString()).isEqualTo("WS-CUT");
		assertThat(saw.get("workshopName").asString()).contains("开料车间");
		assertThat(saw.get("calendarCode").asString()).isEqualTo("CAL-2SHIFT");
		assertThat(saw.get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void plannerCreatesAMachineWithPlannedMaintenanceReadsUpdatesAndDeletesIt() {
		var planner = api.as("planner");
		long edge = factory.idOf("work-centers", "WC-EDGE");
		long day = factory.idOf("calendars", "CAL-DAY");
		String code = Api.unique("M");
		Map<String, Object> body = machineBody(code, edge, day);
		body.put("downtimes", List.of(Map.of("startsAt", "2026-12-12T08:00:00+08:00", "endsAt",
				"2026-12-12T04:30:00Z", "reason", "更换封边胶罐 Glue pot change")));
		var created = planner.post("/api/machines", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode machine = created.json();
		assertThat(machine.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(machine.get("workshopCode").asString()).isEqualTo("WS-EDGE");
		assertThat(machine.get("calendarCode").asString()).isEqualTo("CAL-DAY");
		assertThat(OffsetDateTime.parse(machine.get("downtimes").get(0).get("endsAt").asString()))
			.isEqualTo(OffsetDateTime.parse("2026-12-12T12:30:00+08:00"));

		Map<String, Object> change = machineBody(code, edge, factory.idOf("calendars", "CAL-2SHIFT"));
		change.put("status", "INACTIVE");
		change.put("version", machine.get("version").asLong());
		var updated = planner.put("/api/machines/" + machine.get("id").asLong(), change);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("status").asString()).isEqualTo("INACTIVE");
		assertThat(updated.json().get("calendarCode").asString()).isEqualTo("CAL-2SHIFT");
		assertThat(updated.json().get("downtimes")).isEmpty();

		var stale = planner.put("/api/machines/" + machine.get("id").asLong(), change);
		assertThat(stale.status()).isEqualTo(409);

		var deleted = planner
			.delete("/api/machines/" + machine.get("id").asLong() + "?version=" + updated.json().get("version").asLong());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(planner.get("/api/machines/" + machine.get("id").asLong()).status()).isEqualTo(404);
	}

	@Test
	void aMachineWithoutACalendarIsRefusedNamingTheFieldInChinese() {
		Map<String, Object> body = machineBody(Api.unique("M"), factory.idOf("work-centers", "WC-SAW"), 1);
		body.remove("calendarId");
		var response = api.as("planner").inChinese().post("/api/machines", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("title").asString()).isEqualTo("输入无效");
		assertThat(response.fieldError("calendarId")).isEqualTo("不能为null");
	}

	@Test
	void aMachineInAnUnknownWorkCenterOrOnAnUnknownCalendarIsRefused() {
		var response = api.as("planner").post("/api/machines", machineBody(Api.unique("M"), 987_654_321L, 987_654_322L));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("workCenterId")).contains("does not exist");
		assertThat(response.fieldError("calendarId")).contains("does not exist");
	}

	@Test
	void aDowntimeEndingBeforeItStartsIsRefused() {
		Map<String, Object> body = machineBody(Api.unique("M"), factory.idOf("work-centers", "WC-SAW"),
				factory.idOf("calendars", "CAL-DAY"));
		body.put("downtimes", List.of(Map.of("startsAt", "2026-12-12T08:00:00+08:00", "endsAt",
				"2026-12-12T08:00:00+08:00")));
		var response = api.as("planner").post("/api/machines", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("downtimes[0].endsAt")).isEqualTo("must be after the start");
	}

	@Test
	void anUnknownStatusIsAMalformedRequestNamingTheField() {
		Map<String, Object> body = machineBody(Api.unique("M"), factory.idOf("work-centers", "WC-SAW"),
				factory.idOf("calendars", "CAL-DAY"));
		body.put("status", "BROKEN");
		var response = api.as("planner").post("/api/machines", body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.fieldError("status")).isNotNull();
	}

	@Test
	void theListIsFilteredByWorkCenterByWorkshopThroughTheWorkCenterAndByStatus() {
		var planner = api.as("planner");
		JsonNode saws = planner.get("/api/machines?workCenterId=" + factory.idOf("work-centers", "WC-SAW")).json();
		assertThat(saws.get("items").findValuesAsString("code")).contains("M-SAW-01", "M-SAW-02")
			.doesNotContain("M-NEST-01");

		JsonNode painting = planner.get("/api/machines?size=100&workshopId=" + factory.idOf("workshops", "WS-PAINT"))
			.json();
		assertThat(painting.get("items").findValuesAsString("code")).contains("M-SAND-01", "M-SPRAY-01", "M-OVEN-01")
			.doesNotContain("M-SAW-01");
		assertThat(painting.get("items").findValuesAsString("workshopCode")).containsOnly("WS-PAINT");

		JsonNode inactive = planner.get("/api/machines?size=100&status=INACTIVE").json();
		assertThat(inactive.get("items").findValuesAsString("code")).contains("M-SAW-02").doesNotContain("M-SAW-01");
		assertThat(planner.get("/api/machines?q=biesse").json().get("items").findValuesAsString("code"))
			.contains("M-NEST-01", "M-EDGE-02");
	}

	@Test
	void otherModulesFindMachinesByIdCodeAndWorkCenter() {
		var nest = machines.findByCode("m-nest-01").orElseThrow();
		assertThat(nest.workCenterId()).isEqualTo(factory.idOf("work-centers", "WC-NEST"));
		assertThat(nest.calendarId()).isEqualTo(factory.idOf("calendars", "CAL-2SHIFT"));
		assertThat(machines.find(nest.id())).contains(nest);
		assertThat(machines.inWorkCenter(nest.workCenterId())).extracting(Machines.MachineRef::code)
			.startsWith("M-NEST-01", "M-NEST-02");
		assertThat(machines.inWorkCenter(987_654_321L)).isEmpty();
	}

	@Test
	void aMachineWorksItsCalendarsHoursExceptDuringItsOwnMaintenance() {
		long nest = machines.findByCode("M-NEST-01").orElseThrow().id();
		// Friday 11 December 2026: early and late shift; Saturday 12 December: the early shift, taken by a spindle change
		var friday = machines.workingPeriods(nest, OffsetDateTime.parse("2026-12-11T00:00+08:00").toInstant(),
				OffsetDateTime.parse("2026-12-12T00:00+08:00").toInstant());
		var saturday = machines.workingPeriods(nest, OffsetDateTime.parse("2026-12-12T00:00+08:00").toInstant(),
				OffsetDateTime.parse("2026-12-13T00:00+08:00").toInstant());

		assertThat(friday).hasSize(2);
		assertThat(saturday).isEmpty();
	}

	@Test
	void anImportWithBadRowsCreatesNothingAndPointsAtTheRowAndColumn() {
		var planner = api.as("planner");
		String code = Api.unique("M");
		String csv = """
				code,name,workCenterCode,calendarCode,model,status,description,startsAt,endsAt,reason
				%1$s,Good,WC-SAW,CAL-DAY,X1,ACTIVE,,,,
				%1$s-2,Unknown centre,WC-NOPE,CAL-DAY,X1,ACTIVE,,,,
				%1$s-3,Bad status,WC-SAW,CAL-DAY,X1,BROKEN,,,,
				%1$s-4,With downtime,WC-SAW,CAL-DAY,X1,ACTIVE,,2026-12-12T08:00+08:00,2026-12-12T12:00+08:00,ok
				%1$s-4,With downtime,WC-NEST,CAL-DAY,X1,ACTIVE,,2026-12-13T08:00+08:00,2026-12-13T07:00+08:00,reversed
				""".formatted(code);
		var rejected = planner.upload("/api/machines/import", "m.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
		JsonNode rows = rejected.json().get("rows");
		assertThat(rows.findValuesAsString("row")).containsExactly("3", "4", "6");
		assertThat(rows.findValuesAsString("field")).containsExactly("workCenterCode", "status", "workCenterCode");
		assertThat(rows.get(2).get("message").asString()).contains("row 5");
		assertThat(planner.get("/api/machines?q=" + code).json().get("total").asLong()).isZero();

		String reversed = """
				code,name,workCenterCode,calendarCode,model,status,description,startsAt,endsAt,reason
				%1$s-4,With downtime,WC-SAW,CAL-DAY,X1,ACTIVE,,2026-12-12T08:00+08:00,2026-12-12T12:00+08:00,ok
				%1$s-4,,,,,,,2026-12-13T08:00+08:00,2026-12-13T07:00+08:00,reversed
				""".formatted(code);
		JsonNode located = planner.upload("/api/machines/import", "m.csv", reversed.getBytes(StandardCharsets.UTF_8))
			.json()
			.get("rows");
		assertThat(located).hasSize(1);
		assertThat(located.get(0).get("row").asInt()).isEqualTo(3);
		assertThat(located.get(0).get("field").asString()).isEqualTo("endsAt");

		String corrected = """
				code,name,workCenterCode,calendarCode,model,status,description,startsAt,endsAt,reason
				%1$s,Good,WC-SAW,CAL-DAY,X1,,,,,
				%1$s-4,With downtime,WC-SAW,CAL-DAY,X1,inactive,,2026-12-12T08:00+08:00,2026-12-12T12:00+08:00,ok
				%1$s-4,,,,,,,2026-12-13T08:00+08:00,2026-12-13T10:00+08:00,second
				""".formatted(code);
		var accepted = planner.upload("/api/machines/import", "m.csv", corrected.getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("created").asInt()).isEqualTo(2);
		JsonNode withDowntime = planner.get("/api/machines?q=" + code + "-4").json().get("items").get(0);
		assertThat(withDowntime.get("status").asString()).isEqualTo("INACTIVE");
		assertThat(withDowntime.get("downtimes").findValuesAsString("reason")).containsExactly("ok", "second");
	}

	@Test
	void anExportCanBeImportedBackUnchanged() {
		var planner = api.as("planner");
		for (String format : new String[] { "csv", "xlsx" }) {
			var export = planner.get("/api/machines/export?format=" + format + "&q=M-NEST-01");
			assertThat(export.status()).isEqualTo(200);
			assertThat(export.header("Content-Disposition")).contains("machines-").contains("." + format);
			var reimport = planner.upload("/api/machines/import", "machines." + format, export.bytes());
			assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
			assertThat(reimport.json().get("updated").asInt()).isEqualTo(1);
			assertThat(reimport.json().get("created").asInt()).isZero();
		}
		JsonNode nest = planner.get("/api/machines/" + factory.idOf("machines", "M-NEST-01")).json();
		assertThat(nest.get("downtimes")).hasSize(2);
		assertThat(nest.get("version").asLong()).as("an unchanged machine is not rewritten").isZero();
	}

	@Test
	void customersMayNotSeeMachines() {
		assertThat(api.as("customer").get("/api/machines").status()).isEqualTo(403);
	}
}
