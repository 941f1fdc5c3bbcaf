package io.atelier.factory;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static io.atelier.factory.FactoryFixture.workCenterBody;
import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
class WorkCenterApiTests {

	@Autowired
	Api api;

	@Autowired
	WorkCenters workCenters;

	FactoryFixture factory;

	@BeforeEach
	void setUp() {
		factory = new FactoryFixture(api);
	}

	@Test
	void plannerCreatesReadsUpdatesAndDeletesAWorkCenterThatNamesItsWorkshop() {
		var planner = api.as("planner");
		long cut = factory.idOf("workshops", "WS-CUT");
		long edge = factory.idOf("workshops", "WS-EDGE");
		String code = Api.unique("WC");
		var created = planner.post("/api/work-centers", workCenterBody(code, cut));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("workshopCode").asString()).isEqualTo("WS-CUT");
		assertThat(created.json().get("workshopName").asString()).contains("Panel cutting");
		assertThat(created.json().get("active").asBoolean()).isTrue();

		Map<String, Object> change = workCenterBody(code, edge);
		change.put("active", false);
		change.put("version", created.json().get("version").asLong());
		var updated = planner.put("/api/work-centers/" + id, change);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("workshopCode").asString()).isEqualTo("WS-EDGE");
		assertThat(planner.get("/api/work-centers/" + id).json().get("active").asBoolean()).isFalse();

		var deleted = planner.delete("/api/work-centers/" + id + "?version=" + updated.json().get("version").asLong());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(planner.get("/api/work-centers/" + id).status()).isEqualTo(404);
	}

	@Test
	void aStaleUpdateIsRefusedWithConflict() {
		var planner = api.as("planner");
		long cut = factory.idOf("workshops", "WS-CUT");
		String code = Api.unique("WC");
		JsonNode created = factory.create("work-centers", workCenterBody(code, cut));
		Map<String, Object> first = workCenterBody(code, cut);
		first.put("name", "Changed by Alice");
		first.put("version", created.get("version").asLong());
		assertThat(planner.put("/api/work-centers/" + created.get("id").asLong(), first).status()).isEqualTo(200);

		Map<String, Object> second = workCenterBody(code, cut);
		second.put("name", "Changed by Bob from a stale copy");
		second.put("version", created.get("version").asLong());
		var stale = planner.put("/api/work-centers/" + created.get("id").asLong(), second);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.fieldError("version")).isNotNull();
		assertThat(planner.get("/api/work-centers/" + created.get("id").asLong()).json().get("name").asString())
			.isEqualTo("Changed by Alice");
	}

	@Test
	void aWorkCenterWithoutAWorkshopIsRefusedNamingTheFieldInChinese() {
		var response = api.as("planner")
			.inChinese()
			.post("/api/work-centers", Map.of("code", Api.unique("WC"), "name", "无车间 No workshop"));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("workshopId")).isEqualTo("不能为null");
	}

	@Test
	void aWorkCenterInAWorkshopThatDoesNotExistIsRefused() {
		var response = api.as("planner").post("/api/work-centers", workCenterBody(Api.unique("WC"), 987_654_321L));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("workshopId")).contains("does not exist").contains("987654321");
	}

	@Test
	void aWorkshopWithWorkCentersCannotBeDeletedAndTheRefusalNamesThem() {
		var planner = api.as("planner");
		JsonNode workshop = factory.create("workshops",
				Map.of("code", Api.unique("WS"), "name", "Temporary workshop"));
		String centre = Api.unique("WC");
		factory.create("work-centers", workCenterBody(centre, workshop.get("id").asLong()));

		var refused = planner.delete("/api/workshops/" + workshop.get("id").asLong() + "?version=0");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("Work centre " + centre);
		var inChinese = api.as("planner")
			.inChinese()
			.delete("/api/workshops/" + workshop.get("id").asLong() + "?version=0");
		assertThat(inChinese.json().get("detail").asString()).contains("工作中心 " + centre);
	}

	@Test
	void aWorkCenterWithMachinesCannotBeDeletedAndTheRefusalNamesThem() {
		long centre = factory.workCenter("WS-ASM");
		String machine = factory.machine(centre, factory.idOf("calendars", "CAL-DAY")).get("code").asString();

		var refused = api.as("planner").delete("/api/work-centers/" + centre + "?version=0");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("Machine " + machine);
		assertThat(api.as("planner").get("/api/work-centers/" + centre).status()).isEqualTo(200);
	}

	@Test
	void theListIsFilteredByWorkshopAndActiveFlag() {
		var planner = api.as("planner");
		long paint = factory.idOf("workshops", "WS-PAINT");
		JsonNode painting = planner.get("/api/work-centers?workshopId=" + paint).json();
		assertThat(painting.get("items").findValuesAsString("code")).contains("WC-SPRAY", "WC-SAND")
			.doesNotContain("WC-SAW");
		assertThat(painting.get("items").findValuesAsString("workshopCode")).containsOnly("WS-PAINT");

		Map<String, Object> inactive = workCenterBody(Api.unique("WC"), paint);
		inactive.put("active", false);
		String code = factory.create("work-centers", inactive).get("code").asString();
		JsonNode onlyInactive = planner.get("/api/work-centers?active=false&workshopId=" + paint).json();
		assertThat(onlyInactive.get("items").findValuesAsString("code")).contains(code).doesNotContain("WC-SPRAY");
	}

	@Test
	void otherModulesLookWorkCentersUpByIdOrCodeWithoutRegardToCase() {
		var saw = workCenters.findByCode("wc-saw").orElseThrow();
		assertThat(saw.code()).isEqualTo("WC-SAW");
		assertThat(saw.workshopId()).isEqualTo(factory.idOf("workshops", "WS-CUT"));
		assertThat(workCenters.find(saw.id())).contains(saw);
		assertThat(workCenters.findByCode("WC-NOPE")).isEmpty();
		assertThat(workCenters.find(987_654_321L)).isEmpty();
	}

	@Test
	void anOperatorMayReadWorkCentersButNotChangeThem() {
		var operator = api.as("operator");
		assertThat(operator.get("/api/work-centers").status()).isEqualTo(200);
		var refused = operator.post("/api/work-centers",
				workCenterBody(Api.unique("WC"), factory.idOf("workshops", "WS-CUT")));
		assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void anImportWithBadRowsCreatesNothingAndReportsEveryBadRow() {
		var planner = api.as("planner");
		String good = Api.unique("WC");
		String csv = """
				code,name,workshopCode,description,active
				%s,Good row,WS-CUT,,true
				%s-2,Unknown workshop,WS-NOPE,,true
				%s-3,No workshop,,,true
				""".formatted(good, good, good);
		var rejected = planner.upload("/api/work-centers/import", "wc.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).isEqualTo(422);
		JsonNode rows = rejected.json().get("rows");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get("row").asInt()).isEqualTo(3);
		assertThat(rows.get(0).get("field").asString()).isEqualTo("workshopCode");
		assertThat(rows.get(0).get("message").asString()).contains("WS-NOPE");
		assertThat(rows.get(1).get("row").asInt()).isEqualTo(4);
		assertThat(rows.get(1).get("field").asString()).isEqualTo("workshopCode");
		assertThat(planner.get("/api/work-centers?q=" + good).json().get("total").asLong()).isZero();

		String corrected = """
				code,name,workshopCode,description,active
				%s,Good row,WS-CUT,,true
				%s-2,Second row,ws-edge,,false
				""".formatted(good, good);
		var accepted = planner.upload("/api/work-centers/import", "wc.csv",
				corrected.getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("created").asInt()).isEqualTo(2);
		JsonNode second = planner.get("/api/work-centers?q=" + good + "-2").json().get("items").get(0);
		assertThat(second.get("workshopCode").asString()).isEqualTo("WS-EDGE");
		assertThat(second.get("active").asBoolean()).isFalse();
	}

	@Test
	void anExportCanBeImportedBackUnchanged() {
		var planner = api.as("planner");
		for (String format : new String[] { "csv", "xlsx" }) {
			var export = planner.get("/api/work-centers/export?format=" + format + "&q=WC-SAW");
			assertThat(export.status()).isEqualTo(200);
			assertThat(export.header("Content-Disposition")).contains("work-centers-").contains("." + format);
			long exported = planner.get("/api/work-centers?q=WC-SAW").json().get("total").asLong();
			var reimport = planner.upload("/api/work-centers/import", "wc." + format, export.bytes());
			assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
			assertThat(reimport.json().get("updated").asLong()).isEqualTo(exported);
			assertThat(reimport.json().get("created").asInt()).isZero();
		}
		JsonNode saw = planner.get("/api/work-centers?q=WC-SAW&sort=code,asc").json().get("items").get(0);
		assertThat(saw.get("workshopCode").asString()).isEqualTo("WS-CUT");
		assertThat(saw.get("version").asLong()).as("an unchanged row changes nothing").isZero();
	}
}
