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
class RoutingApiTests {

	@Autowired
	Api api;

	Api.Caller planner;

	CatalogFixtures fixtures;

	long saws;

	long sawA;

	long sawB;

	long banders;

	long bander;

	@BeforeEach
	void plant() {
		planner = api.as("planner");
		fixtures = new CatalogFixtures(planner);
		saws = fixtures.workCenter("CTR-SAW");
		sawA = fixtures.machine(saws);
		sawB = fixtures.machine(saws);
		banders = fixtures.workCenter("CTR-EDGE");
		bander = fixtures.machine(banders);
	}

	private static Map<String, Object> machine(long machineId, String run, Integer setup) {
		Map<String, Object> option = new HashMap<>();
		option.put("machineId", machineId);
		option.put("runMinutesPerUnit", run);
		option.put("setupMinutes", setup);
		return option;
	}

	private static Map<String, Object> step(int stepNo, String name, long workCenterId, List<Integer> predecessors,
			List<Map<String, Object>> machines) {
		Map<String, Object> step = new HashMap<>();
		step.put("stepNo", stepNo);
		step.put("name", name);
		step.put("workCenterId", workCenterId);
		step.put("predecessors", predecessors);
		step.put("machines", new ArrayList<>(machines));
		return step;
	}

	private static Map<String, Object> routing(long itemId, List<Map<String, Object>> steps) {
		Map<String, Object> routing = new HashMap<>();
		routing.put("itemId", itemId);
		routing.put("steps", new ArrayList<>(steps));
		return routing;
	}

	private Map<String, Object> cutThenBand(long itemId) {
		return routing(itemId, List.of(
				step(10, "开料 Cut", saws, List.of(), List.of(machine(sawA, "1.5", 10), machine(sawB, "2.25", 5))),
				step(20, "封边 Edge band", banders, List.of(10), List.of(machine(bander, "0.8", 15)))));
	}

	@Test
	void plannerCreatesReadsUpdatesAndDeletesARoutingWithTwoEligibleMachines() {
		long item = fixtures.madeItem("SIDE");
		var created = planner.post("/api/routings", cutThenBand(item));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();

		JsonNode read = planner.get("/api/routings/" + id).json();
		assertThat(read.get("itemCode").asString()).isEqualTo(fixtures.code("/api/items", item));
		JsonNode cut = read.get("steps").get(0);
		assertThat(cut.get("workCenterCode").asString()).isEqualTo(fixtures.code("/api/work-centers", saws));
		assertThat(cut.get("workers").asInt()).as("workers default to 1").isEqualTo(1);
		assertThat(cut.get("machines")).hasSize(2);
		assertThat(cut.get("machines").get(1).get("machineCode").asString())
			.isEqualTo(fixtures.code("/api/machines", sawB));
		assertThat(cut.get("machines").get(1).get("runMinutesPerUnit").decimalValue()).isEqualByComparingTo("2.25");
		assertThat(read.get("steps").get(1).get("predecessors").get(0).asInt()).isEqualTo(10);

		Map<String, Object> change = cutThenBand(item);
		@SuppressWarnings("unchecked")
		var band = (Map<String, Object>) ((List<Object>) change.get("steps")).get(1);
		band.put("machines", List.of(machine(bander, "0.7", 15)));
		change.put("version", read.get("version").asLong());
		var updated = planner.put("/api/routings/" + id, change);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("version").asLong()).as("a change inside a step moves the routing's version")
			.isGreaterThan(read.get("version").asLong());
		assertThat(updated.json().get("steps").get(1).get("machines").get(0).get("runMinutesPerUnit").decimalValue())
			.isEqualByComparingTo("0.7");

		var deleted = planner.delete("/api/routings/" + id + "?version=" + updated.json().get("version").asLong());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(planner.get("/api/routings/" + id).status()).isEqualTo(404);
	}

	@Test
	void aStaleUpdateIsAConflictEvenWhenOnlyAStepChanged() {
		long item = fixtures.madeItem("SIDE");
		long id = fixtures.created("/api/routings", cutThenBand(item));
		Map<String, Object> change = cutThenBand(item);
		change.put("version", 0);
		@SuppressWarnings("unchecked")
		var cut = (Map<String, Object>) ((List<Object>) change.get("steps")).get(0);
		cut.put("name", "开料 Cut, changed by Alice");
		assertThat(planner.put("/api/routings/" + id, change).status()).isEqualTo(200);
		cut.put("name", "开料 Cut, changed by Bob from a stale copy");
		assertThat(planner.put("/api/routings/" + id, change).status()).isEqualTo(409);
		assertThat(planner.get("/api/routings/" + id).json().get("steps").get(0).get("name").asString()).endsWith("Alice");
	}

	@Test
	void missingAndOutOfRangeStepFieldsAreRefusedNamingThem() {
		long item = fixtures.madeItem("SIDE");
		Map<String, Object> routing = cutThenBand(item);
		@SuppressWarnings("unchecked")
		var steps = (List<Map<String, Object>>) routing.get("steps");
		steps.get(0).put("workers", 0);
		steps.get(1).put("machines", List.of(machine(bander, "0", 15)));
		var response = planner.post("/api/routings", routing);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("steps[0].workers")).isNotBlank();
		assertThat(response.fieldError("steps[1].machines[0].runMinutesPerUnit")).isNotBlank();

		steps.get(0).put("workers", 2);
		steps.get(1).put("machines", List.of());
		var noMachine = planner.inChinese().post("/api/routings", routing);
		assertThat(noMachine.status()).isEqualTo(422);
		assertThat(noMachine.fieldError("steps[1].machines")).isEqualTo("不能为空");
	}

	@Test
	void referencesAreCheckedAndAMachineMustStandInTheStepsWorkCentre() {
		long item = fixtures.madeItem("SIDE");
		Map<String, Object> routing = routing(item, List.of(
				step(10, "开料 Cut", saws, List.of(), List.of(machine(sawA, "1", 0), machine(bander, "1", 0))),
				step(20, "封边 Edge band", banders, List.of(), List.of(machine(987654321L, "1", 0)))));
		routing.put("itemId", item);
		@SuppressWarnings("unchecked")
		var steps = (List<Map<String, Object>>) routing.get("steps");
		steps.get(0).put("skillId", 987654321L);
		var response = planner.post("/api/routings", routing);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("steps[0].machines[1].machineId"))
			.isEqualTo(fixtures.code("/api/machines", bander) + " is not in work centre "
					+ fixtures.code("/api/work-centers", saws));
		assertThat(response.fieldError("steps[0].skillId")).contains("does not exist");
		assertThat(response.fieldError("steps[1].machines[0].machineId")).contains("does not exist");

		var bought = planner.post("/api/routings", cutThenBand(fixtures.boughtItem("BRD")));
		assertThat(bought.status()).isEqualTo(422);
		assertThat(bought.fieldError("itemId")).contains("only made items have a routing");
	}

	@Test
	void aMachineTwiceAStepNumberTwiceAndAPrecedenceLoopAreRefused() {
		long item = fixtures.madeItem("SIDE");
		var twice = planner.post("/api/routings", routing(item, List.of(
				step(10, "开料 Cut", saws, List.of(), List.of(machine(sawA, "1", 0), machine(sawA, "2", 0))),
				step(10, "Again", saws, List.of(), List.of(machine(sawB, "1", 0))))));
		assertThat(twice.status()).isEqualTo(422);
		assertThat(twice.fieldError("steps[0].machines[1].machineId")).contains("already listed");
		assertThat(twice.fieldError("steps[1].stepNo")).isEqualTo("step 10 appears more than once");

		var loop = planner.inChinese().post("/api/routings", routing(item, List.of(
				step(10, "开料 Cut", saws, List.of(30), List.of(machine(sawA, "1", 0))),
				step(20, "封边 Edge band", banders, List.of(10), List.of(machine(bander, "1", 0))),
				step(30, "复检 Recheck", saws, List.of(20), List.of(machine(sawB, "1", 0))))));
		assertThat(loop.status()).isEqualTo(422);
		assertThat(loop.fieldError("steps[0].predecessors")).isEqualTo("这些工序相互等待，永远无法开工：10 → 20 → 30 → 10");

		var unknown = planner.post("/api/routings", routing(item, List.of(
				step(10, "开料 Cut", saws, List.of(5), List.of(machine(sawA, "1", 0))))));
		assertThat(unknown.fieldError("steps[0].predecessors[0]")).isEqualTo("there is no step 5 in this routing");
	}

	@Test
	void aSecondRoutingForTheSameItemIsAConflict() {
		long item = fixtures.madeItem("SIDE");
		fixtures.created("/api/routings", cutThenBand(item));
		var second = planner.post("/api/routings", cutThenBand(item));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.fieldError("itemId")).contains(fixtures.code("/api/items", item));
	}

	@Test
	void machinesWorkCentresSkillsAndItemsOfARoutingCannotBeDeletedAndTheRefusalNamesTheStep() {
		long item = fixtures.madeItem("SIDE");
		long skill = fixtures.skill("SK");
		Map<String, Object> routing = cutThenBand(item);
		@SuppressWarnings("unchecked")
		var steps = (List<Map<String, Object>>) routing.get("steps");
		steps.get(1).put("skillId", skill);
		fixtures.created("/api/routings", routing);
		String step20 = "Routing step " + fixtures.code("/api/items", item) + "/20";

		var machine = planner.delete("/api/machines/" + bander + "?version=0");
		assertThat(machine.status()).isEqualTo(409);
		assertThat(machine.json().get("detail").asString()).contains(step20);
		var centre = planner.delete("/api/work-centers/" + banders + "?version=0");
		assertThat(centre.status()).isEqualTo(409);
		var skillRefused = planner.delete("/api/skills/" + skill + "?version=0");
		assertThat(skillRefused.status()).isEqualTo(409);
		assertThat(skillRefused.json().get("detail").asString()).contains(step20);
		var itemRefused = planner.delete("/api/items/" + item + "?version=0");
		assertThat(itemRefused.status()).isEqualTo(409);
		assertThat(itemRefused.json().get("detail").asString()).contains("Routing " + fixtures.code("/api/items", item));
	}

	@Test
	void theListFiltersByItem() {
		long item = fixtures.madeItem("LSTSIDE");
		fixtures.created("/api/routings", cutThenBand(item));
		JsonNode page = planner.get("/api/routings?itemId=" + item).json();
		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(planner.get("/api/routings?q=" + fixtures.code("/api/items", item)).json().get("total").asLong())
			.isEqualTo(1);
	}

	@Test
	void anImportPointsEveryBadStepOrMachineAtItsRowAndColumnAndCreatesNothing() {
		String item = fixtures.code("/api/items", fixtures.madeItem("SIDE"));
		String other = fixtures.code("/api/items", fixtures.madeItem("TOP"));
		String saw = fixtures.code("/api/work-centers", saws);
		String band = fixtures.code("/api/work-centers", banders);
		String a = fixtures.code("/api/machines", sawA);
		String b = fixtures.code("/api/machines", sawB);
		String e = fixtures.code("/api/machines", bander);
		String header = "itemCode,stepNo,stepName,workCenterCode,skillCode,workers,minLagMinutes,predecessors,instructions,"
				+ "machineCode,runMinutesPerUnit,setupMinutes\n";
		String third = fixtures.code("/api/items", fixtures.madeItem("BACK"));
		// row 4 names a saw in the edge-banding centre, row 6 an unknown predecessor, row 7 an unknown machine
		String bad = header + """
				%1$s,10,开料 Cut,%3$s,,1,0,,,%5$s,1.5,10
				%1$s,10,,,,,,,,%6$s,2.25,5
				%1$s,20,封边 Edge band,%4$s,,1,30,10,,%5$s,0.8,15
				%2$s,10,开料 Cut,%3$s,,1,0,,,%6$s,1,0
				%2$s,20,封边 Edge band,%4$s,,1,0,15,,%7$s,1,0
				%8$s,10,开料 Cut,%3$s,,1,0,,,NO-SUCH-MACHINE,1,0
				""".formatted(item, other, saw, band, a, b, e, third);
		var rejected = planner.upload("/api/routings/import", "routings.csv", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).isEqualTo(422);
		JsonNode rows = rejected.json().get("rows");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).get("row").asInt()).isEqualTo(4);
		assertThat(rows.get(0).get("field").asString()).isEqualTo("machineCode");
		assertThat(rows.get(0).get("message").asString()).contains("is not in work centre " + band);
		assertThat(rows.get(1).get("row").asInt()).isEqualTo(6);
		assertThat(rows.get(1).get("field").asString()).isEqualTo("predecessors");
		assertThat(rows.get(2).get("row").asInt()).isEqualTo(7);
		assertThat(rows.get(2).get("field").asString()).isEqualTo("machineCode");
		assertThat(planner.get("/api/routings?q=" + item).json().get("total").asLong()).isZero();

		String corrected = header + """
				%1$s,10,开料 Cut,%3$s,,1,0,,,%5$s,1.5,10
				%1$s,10,,,,,,,,%6$s,2.25,5
				%1$s,20,封边 Edge band,%4$s,,1,30,10,,%7$s,0.8,15
				%2$s,10,开料 Cut,%3$s,,1,0,,,%6$s,1,0
				%2$s,20,封边 Edge band,%4$s,,2,0,10,Check glue,%7$s,1,0
				%8$s,10,开料 Cut,%3$s,,1,0,,,%5$s,1,0
				""".formatted(item, other, saw, band, a, b, e, third);
		var accepted = planner.upload("/api/routings/import", "routings.csv", corrected.getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("created").asInt()).isEqualTo(3);
		JsonNode routing = planner.get("/api/routings?q=" + item).json().get("items").get(0);
		assertThat(routing.get("steps").get(0).get("machines")).hasSize(2);
		assertThat(routing.get("steps").get(1).get("minLagMinutes").asInt()).isEqualTo(30);
	}

	@Test
	void stepColumnsMayBeGivenOnceButRowsOfOneStepMustNotContradictEachOther() {
		String item = fixtures.code("/api/items", fixtures.madeItem("SIDE"));
		String saw = fixtures.code("/api/work-centers", saws);
		String header = "itemCode,stepNo,stepName,workCenterCode,skillCode,workers,minLagMinutes,predecessors,instructions,"
				+ "machineCode,runMinutesPerUnit,setupMinutes\n";
		String contradicting = header + """
				%1$s,10,开料 Cut,%2$s,,1,0,,,%3$s,1.5,10
				%1$s,10,,,,3,,,,%4$s,2.25,5
				""".formatted(item, saw, fixtures.code("/api/machines", sawA), fixtures.code("/api/machines", sawB));
		var rejected = planner.upload("/api/routings/import", "routings.csv",
				contradicting.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).isEqualTo(422);
		JsonNode error = rejected.json().get("rows").get(0);
		assertThat(error.get("row").asInt()).isEqualTo(3);
		assertThat(error.get("field").asString()).isEqualTo("workers");
		assertThat(error.get("message").asString()).isEqualTo("\"3\" contradicts the value in row 2");

		var accepted = planner.upload("/api/routings/import", "routings.csv",
				contradicting.replace(",3,,,,", ",,,,,").getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		JsonNode cut = planner.get("/api/routings?q=" + item).json().get("items").get(0).get("steps").get(0);
		assertThat(cut.get("name").asString()).isEqualTo("开料 Cut");
		assertThat(cut.get("machines")).hasSize(2);
	}

	@Test
	void anExportCanBeImportedBackUnchanged() {
		long item = fixtures.madeItem("EXPSIDE");
		Map<String, Object> routing = cutThenBand(item);
		@SuppressWarnings("unchecked")
		var steps = (List<Map<String, Object>>) routing.get("steps");
		steps.get(1).put("skillId", fixtures.skill("SK"));
		steps.get(1).put("instructions", "胶温 200 °C, glue at 200 °C");
		fixtures.created("/api/routings", routing);
		String code = fixtures.code("/api/items", item);
		for (String format : new String[] { "csv", "xlsx" }) {
			var export = planner.get("/api/routings/export?format=" + format + "&q=" + code);
			assertThat(export.status()).isEqualTo(200);
			var reimport = planner.upload("/api/routings/import", "routings." + format, export.bytes());
			assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
			assertThat(reimport.json().get("updated").asInt()).isEqualTo(1);
		}
		JsonNode after = planner.get("/api/routings?q=" + code).json().get("items").get(0);
		assertThat(after.get("version").asLong()).as("an unchanged import changes nothing").isZero();
		assertThat(after.get("steps").get(1).get("instructions").asString()).isEqualTo("胶温 200 °C, glue at 200 °C");
	}

	@Test
	void aChangedStepIsInTheAuditTrailOfTheRoutingUnderTheItemCode() {
		long item = fixtures.madeItem("AUDSIDE");
		long id = fixtures.created("/api/routings", cutThenBand(item));
		Map<String, Object> change = cutThenBand(item);
		change.put("version", 0);
		@SuppressWarnings("unchecked")
		var band = (Map<String, Object>) ((List<Object>) change.get("steps")).get(1);
		band.put("minLagMinutes", 45);
		assertThat(planner.put("/api/routings/" + id, change).status()).isEqualTo(200);
		JsonNode history = api.as("admin").get("/api/audit-entries?entityType=Routing&entityId=" + id).json();
		assertThat(history.toString()).contains("steps[20].minLagMinutes").contains(fixtures.code("/api/items", item));
	}
}
