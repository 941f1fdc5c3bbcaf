package io.atelier.factory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.shared.domain.NotFoundException;
import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static io.atelier.factory.FactoryFixture.calendarBody;
import static io.atelier.factory.FactoryFixture.shiftBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@AtelierIntegrationTest
class CalendarApiTests {

	@Autowired
	Api api;

	@Autowired
	Calendars calendars;

	FactoryFixture factory;

	@BeforeEach
	void setUp() {
		factory = new FactoryFixture(api);
	}

	@Test
	void plannerCreatesACalendarWithShiftsHolidaysAndDowntimesReadsUpdatesAndDeletesIt() {
		var planner = api.as("planner");
		String code = Api.unique("CAL");
		Map<String, Object> body = calendarBody(code);
		body.put("shifts", List.of(shiftBody("早班 Early", "06:00", "14:00", "MON", "TUE", "WED", "THU", "FRI", "SAT"),
				shiftBody("夜班 Night", "22:00", "06:00", "FRI", "MON")));
		body.put("holidays", List.of(Map.of("date", "2026-10-01", "name", "国庆节 National Day")));
		body.put("downtimes", List.of(Map.of("startsAt", "2026-08-03T06:00:00+08:00", "endsAt",
				"2026-08-03T22:00:00Z", "reason", "检修 Maintenance")));
		var created = planner.post("/api/calendars", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode calendar = created.json();
		long id = calendar.get("id").asLong();
		assertThat(calendar.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
		JsonNode night = calendar.get("shifts").get(1);
		assertThat(night.get("startTime").asString()).isEqualTo("22:00");
		assertThat(night.get("endTime").asString()).isEqualTo("06:00");
		assertThat(night.get("days").toString()).isEqualTo("[\"MON\",\"FRI\"]");
		assertThat(calendar.get("holidays").get(0).get("date").asString()).isEqualTo("2026-10-01");
		JsonNode downtime = calendar.get("downtimes").get(0);
		assertThat(OffsetDateTime.parse(downtime.get("startsAt").asString()).getOffset().getId()).isEqualTo("+08:00");
		assertThat(OffsetDateTime.parse(downtime.get("endsAt").asString()))
			.isEqualTo(OffsetDateTime.parse("2026-08-04T06:00:00+08:00"));

		Map<String, Object> change = calendarBody(code);
		change.put("timeZone", "Europe/Berlin");
		change.put("version", calendar.get("version").asLong());
		var updated = planner.put("/api/calendars/" + id, change);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(updated.json().get("shifts")).hasSize(1);
		assertThat(updated.json().get("holidays")).isEmpty();
		assertThat(updated.json().get("downtimes")).isEmpty();

		var deleted = planner.delete("/api/calendars/" + id + "?version=" + updated.json().get("version").asLong());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(planner.get("/api/calendars/" + id).status()).isEqualTo(404);
	}

	@Test
	void aChangeOfTheShiftsIsInTheCalendarsAuditTrail() {
		var planner = api.as("planner");
		String code = Api.unique("CAL");
		JsonNode created = factory.create("calendars", calendarBody(code));
		Map<String, Object> change = calendarBody(code);
		change.put("shifts", List.of(shiftBody("Day", "07:30", "16:00", "MON")));
		change.put("version", created.get("version").asLong());
		assertThat(planner.put("/api/calendars/" + created.get("id").asLong(), change).status()).isEqualTo(200);

		JsonNode history = api.as("admin")
			.get("/api/audit-entries?entityType=Calendar&entityId=" + created.get("id").asLong())
			.json();
		assertThat(history.toString()).contains("\"field\":\"shifts\"").contains("07:30");
	}

	@Test
	void aStaleUpdateIsRefusedWithConflict() {
		var planner = api.as("planner");
		String code = Api.unique("CAL");
		JsonNode created = factory.create("calendars", calendarBody(code));
		Map<String, Object> change = calendarBody(code);
		change.put("version", created.get("version").asLong() + 1);
		var stale = planner.put("/api/calendars/" + created.get("id").asLong(), change);
		assertThat(stale.status()).isEqualTo(409);
	}

	@Test
	void anUnknownTimeZoneIsRefusedNamingTheFieldInChinese() {
		Map<String, Object> body = calendarBody(Api.unique("CAL"));
		body.put("timeZone", "China/Beijing");
		var response = api.as("planner").inChinese().post("/api/calendars", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("timeZone")).contains("不是有效的时区").contains("China/Beijing");
	}

	@Test
	void overlappingShiftsAreRefusedNamingTheLaterShift() {
		Map<String, Object> body = calendarBody(Api.unique("CAL"));
		body.put("shifts", List.of(shiftBody("Day", "08:00", "16:30", "MON", "TUE"),
				shiftBody("Evening", "16:00", "20:00", "TUE")));
		var response = api.as("planner").post("/api/calendars", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("shifts[1].startTime")).isEqualTo("overlaps shift \"Day\" on TUE");
	}

	@Test
	void aNightShiftThatRunsIntoTheNextMorningsShiftIsRefused() {
		Map<String, Object> body = calendarBody(Api.unique("CAL"));
		body.put("shifts", List.of(shiftBody("Night", "22:00", "06:00", "MON"),
				shiftBody("Early", "05:30", "13:30", "TUE")));
		var response = api.as("planner").post("/api/calendars", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("shifts[1].startTime")).contains("Night");
	}

	@Test
	void aShiftWithoutLengthOrDaysAndAShiftWithoutTimesAreRefused() {
		Map<String, Object> body = calendarBody(Api.unique("CAL"));
		body.put("shifts", List.of(shiftBody("Zero", "08:00", "08:00", "MON"), shiftBody("Never", "09:00", "10:00")));
		var response = api.as("planner").post("/api/calendars", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("shifts[0].endTime")).contains("must differ from the start time");
		assertThat(response.fieldError("shifts[1].days")).contains("at least one day");

		body.put("shifts", List.of(Map.of("name", "No times", "days", List.of("MON"))));
		var missing = api.as("planner").post("/api/calendars", body);
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.fieldError("shifts[0].startTime")).isNotNull();
	}

	@Test
	void aDayThatIsNotADayIsAMalformedRequestNamingTheField() {
		Map<String, Object> body = calendarBody(Api.unique("CAL"));
		body.put("shifts", List.of(shiftBody("Day", "08:00", "16:00", "MON", "FUNDAY")));
		var response = api.as("planner").post("/api/calendars", body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.fieldError("shifts[0].days[1]")).isNotNull();
	}

	@Test
	void aHolidayTwiceAndADowntimeEndingBeforeItStartsAreRefused() {
		Map<String, Object> body = calendarBody(Api.unique("CAL"));
		body.put("holidays", List.of(Map.of("date", "2026-05-01", "name", "Labour Day"),
				Map.of("date", "2026-05-01", "name", "Again")));
		body.put("downtimes", List.of(Map.of("startsAt", "2026-08-03T12:00:00+08:00", "endsAt",
				"2026-08-03T04:00:00Z", "reason", "back to front")));
		var response = api.as("planner").post("/api/calendars", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("holidays[1].date")).contains("2026-05-01");
		assertThat(response.fieldError("downtimes[0].endsAt")).isEqualTo("must be after the start");
	}

	@Test
	void aCalendarThatMachinesFollowCannotBeDeletedAndTheRefusalNamesThem() {
		long calendar = factory.calendar();
		String machine = factory.machine(factory.idOf("work-centers", "WC-PACK"), calendar).get("code").asString();

		var refused = api.as("planner").delete("/api/calendars/" + calendar + "?version=0");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("Calendar").contains("Machine " + machine);
	}

	@Test
	void theDemoCalendarsHaveTheirShiftsAndTheChineseHolidays() {
		JsonNode paint = api.as("planner").get("/api/calendars/" + factory.idOf("calendars", "CAL-PAINT")).json();
		assertThat(paint.get("shifts").findValuesAsString("name")).hasSize(3);
		assertThat(paint.get("shifts").get(2).get("endTime").asString()).isEqualTo("06:00");
		assertThat(paint.get("holidays").findValuesAsString("date")).contains("2026-10-01", "2027-02-06");
		assertThat(paint.get("downtimes")).isNotEmpty();
	}

	@Test
	void theSchedulerGetsTheWorkingPeriodsOfADemoCalendarWithoutItsHolidays() {
		long twoShifts = calendars.findByCode("cal-2shift").orElseThrow().id();
		// Monday 28 September to Sunday 4 October 2026: Mon-Wed worked, National Day from Thursday 1 October
		var periods = calendars.workingPeriods(twoShifts, OffsetDateTime.parse("2026-09-28T00:00+08:00").toInstant(),
				OffsetDateTime.parse("2026-10-05T00:00+08:00").toInstant());

		assertThat(periods).hasSize(6);
		assertThat(periods.getFirst().start()).isEqualTo(OffsetDateTime.parse("2026-09-28T06:00+08:00").toInstant());
		assertThat(periods.getLast().end()).isEqualTo(OffsetDateTime.parse("2026-09-30T22:00+08:00").toInstant());
		assertThat(periods.stream().mapToLong(WorkingPeriod::minutes).sum()).isEqualTo(6 * 480);
	}

	@Test
	void askingForTheWorkingPeriodsOfAnUnknownCalendarIsNotFound() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> calendars.workingPeriods(987_654_321L, Instant.EPOCH, Instant.EPOCH.plusSeconds(3600)));
	}

	@Test
	void otherModulesLookCalendarsUpByIdOrCode() {
		var day = calendars.findByCode("CAL-DAY").orElseThrow();
		assertThat(day.name()).contains("Day shift");
		assertThat(calendars.find(day.id())).contains(day);
		assertThat(calendars.findByCode("CAL-NOPE")).isEmpty();
	}

	@Test
	void anImportWithBadRowsCreatesNothingAndPointsAtTheRowAndColumn() {
		var planner = api.as("planner");
		String code = Api.unique("CAL");
		String csv = """
				code,name,timeZone,kind,lineName,startTime,endTime,days,date,startsAt,endsAt,reason
				%1$s,Import test,Asia/Shanghai,SHIFT,Early,06:00,14:00,MON-FRI,,,,
				%1$s,Import test,,SHIFT,Late,13:00,22:00,MON-FRI,,,,
				%1$s,Another name,,HOLIDAY,Labour Day,,,,2026-05-01,,,
				%1$s,,,SHIFT,Weekend,08:00,12:00,SAT+SUN,,,,
				%1$s,,,BREAK,,,,,,,,
				%1$s,,,DOWNTIME,,,,,,2026-08-03T22:00+08:00,2026-08-03T06:00+08:00,back to front
				""".formatted(code);
		var rejected = planner.upload("/api/calendars/import", "cal.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
		JsonNode rows = rejected.json().get("rows");
		assertThat(rows.findValuesAsString("field")).containsExactly("name", "days", "kind");
		assertThat(rows.findValuesAsString("row")).containsExactly("4", "5", "6");
		assertThat(planner.get("/api/calendars?q=" + code).json().get("total").asLong()).isZero();

		String rulesBroken = """
				code,name,timeZone,kind,lineName,startTime,endTime,days,date,startsAt,endsAt,reason
				%1$s,Import test,Asia/Shanghai,SHIFT,Early,06:00,14:00,MON-FRI,,,,
				%1$s,Import test,,SHIFT,Late,13:00,22:00,MON-FRI,,,,
				%1$s,,,DOWNTIME,,,,,,2026-08-03T22:00+08:00,2026-08-03T06:00+08:00,back to front
				""".formatted(code);
		JsonNode located = planner.upload("/api/calendars/import", "cal.csv",
				rulesBroken.getBytes(StandardCharsets.UTF_8)).json().get("rows");
		assertThat(located).hasSize(2);
		assertThat(located.get(0).get("row").asInt()).isEqualTo(3);
		assertThat(located.get(0).get("field").asString()).isEqualTo("startTime");
		assertThat(located.get(0).get("message").asString()).contains("Early");
		assertThat(located.get(1).get("row").asInt()).isEqualTo(4);
		assertThat(located.get(1).get("field").asString()).isEqualTo("endsAt");

		String corrected = """
				code,name,timeZone,kind,lineName,startTime,endTime,days,date,startsAt,endsAt,reason
				%1$s,Import test,Asia/Shanghai,SHIFT,Early,06:00,14:00,MON-FRI,,,,
				%1$s,Import test,,SHIFT,Late,14:00,22:00,MON-FRI,,,,
				%1$s,,,HOLIDAY,Labour Day,,,,2026-05-01,,,
				%1$s,,,DOWNTIME,,,,,,2026-08-03T06:00+08:00,2026-08-03T22:00+08:00,annual shutdown
				%1$s-EMPTY,Without lines,,,,,,,,,,
				""".formatted(code);
		var accepted = planner.upload("/api/calendars/import", "cal.csv", corrected.getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("created").asInt()).isEqualTo(2);
		JsonNode imported = planner.get("/api/calendars?q=" + code + "&sort=code,asc").json().get("items").get(0);
		assertThat(imported.get("shifts").findValuesAsString("name")).containsExactly("Early", "Late");
		assertThat(imported.get("holidays")).hasSize(1);
		assertThat(imported.get("downtimes").get(0).get("reason").asString()).isEqualTo("annual shutdown");
	}

	@Test
	void anExportCanBeImportedBackUnchanged() {
		var planner = api.as("planner");
		for (String format : new String[] { "csv", "xlsx" }) {
			var export = planner.get("/api/calendars/export?format=" + format + "&q=CAL-PAINT");
			assertThat(export.status()).isEqualTo(200);
			assertThat(export.header("Content-Disposition")).contains("calendars-").contains("." + format);
			var reimport = planner.upload("/api/calendars/import", "calendars." + format, export.bytes());
			assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
			assertThat(reimport.json().get("updated").asInt()).isEqualTo(1);
			assertThat(reimport.json().get("created").asInt()).isZero();
		}
		JsonNode paint = planner.get("/api/calendars/" + factory.idOf("calendars", "CAL-PAINT")).json();
		assertThat(paint.get("version").asLong()).as("an unchanged calendar is not rewritten").isZero();
	}
}
