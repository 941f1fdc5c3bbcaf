package io.atelier.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static io.atelier.catalog.CatalogFixtures.bom;
import static io.atelier.catalog.CatalogFixtures.item;
import static io.atelier.catalog.CatalogFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
class BomApiTests {

	@Autowired
	Api api;

	@Test
	void plannerCreatesReadsUpdatesAndDeletesABomWithItemsShownByCode() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long cabinet = fixtures.madeItem("CAB");
		long board = fixtures.boughtItem("BRD");
		long hinge = fixtures.boughtItem("HNG");
		var created = planner.post("/api/boms", bom(cabinet, List.of(line(board, "2.5", "0.1"), line(hinge, "4", null))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();

		JsonNode read = planner.get("/api/boms/" + id).json();
		assertThat(read.get("itemCode").asString()).isEqualTo(fixtures.code("/api/items", cabinet));
		assertThat(read.get("lines")).hasSize(2);
		JsonNode first = read.get("lines").get(0);
		assertThat(first.get("componentItemCode").asString()).isEqualTo(fixtures.code("/api/items", board));
		assertThat(first.get("quantity").decimalValue()).isEqualByComparingTo("2.5");
		assertThat(read.get("lines").get(1).get("scrapFactor").decimalValue()).isZero();

		Map<String, Object> change = bom(cabinet, List.of(line(board, "3", "0.1")));
		change.put("version", read.get("version").asLong());
		var updated = planner.put("/api/boms/" + id, change);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("lines")).hasSize(1);
		assertThat(updated.json().get("version").asLong()).isGreaterThan(read.get("version").asLong());

		var deleted = planner.delete("/api/boms/" + id + "?version=" + updated.json().get("version").asLong());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(planner.get("/api/boms/" + id).status()).isEqualTo(404);
	}

	@Test
	void aStaleUpdateIsAConflict() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long cabinet = fixtures.madeItem("CAB");
		long board = fixtures.boughtItem("BRD");
		long id = fixtures.bom(cabinet, line(board, "1", "0"));
		Map<String, Object> change = bom(cabinet, List.of(line(board, "2", "0")));
		change.put("version", 0);
		assertThat(planner.put("/api/boms/" + id, change).status()).isEqualTo(200);
		change.put("lines", List.of(line(board, "3", "0")));
		assertThat(planner.put("/api/boms/" + id, change).status()).isEqualTo(409);
	}

	@Test
	void outOfRangeQuantitiesAreRefusedNamingTheLineField() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long cabinet = fixtures.madeItem("CAB");
		long board = fixtures.boughtItem("BRD");
		var response = planner.post("/api/boms", bom(cabinet, List.of(line(board, "0", "0"), line(board, "1", "1"))));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("lines[0].quantity")).isNotBlank();
		assertThat(response.fieldError("lines[1].scrapFactor")).isNotBlank();

		var noLines = planner.inChinese().post("/api/boms", bom(cabinet, List.of()));
		assertThat(noLines.status()).isEqualTo(422);
		assertThat(noLines.fieldError("lines")).isEqualTo("不能为空");
	}

	@Test
	void unknownItemsAndBoughtParentsAreRefusedNamingTheField() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long cabinet = fixtures.madeItem("CAB");
		long board = fixtures.boughtItem("BRD");

		var unknownComponent = planner.post("/api/boms", bom(cabinet, List.of(line(board, "1", "0"), line(987654321L, "1", "0"))));
		assertThat(unknownComponent.status()).isEqualTo(422);
		assertThat(unknownComponent.fieldError("lines[1].componentItemId")).contains("does not exist");

		var bought = planner.inChinese().post("/api/boms", bom(board, List.of(line(cabinet, "1", "0"))));
		assertThat(bought.status()).isEqualTo(422);
		assertThat(bought.fieldError("itemId")).contains("是外购物料");
	}

	@Test
	void aComponentTwiceOrTheItemItselfIsRefused() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long cabinet = fixtures.madeItem("CAB");
		long board = fixtures.boughtItem("BRD");
		var response = planner.post("/api/boms",
				bom(cabinet, List.of(line(board, "1", "0"), line(cabinet, "1", "0"), line(board, "2", "0"))));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("lines[1].componentItemId")).contains("component of itself");
		assertThat(response.fieldError("lines[2].componentItemId")).contains("already on line 1");
	}

	@Test
	void aSecondBomForTheSameItemIsAConflict() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long cabinet = fixtures.madeItem("CAB");
		long board = fixtures.boughtItem("BRD");
		fixtures.bom(cabinet, line(board, "1", "0"));
		var second = planner.post("/api/boms", bom(cabinet, List.of(line(board, "2", "0"))));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.fieldError("itemId")).contains(fixtures.code("/api/items", cabinet));
	}

	@Test
	void aBomThatWouldMakeAnItemContainItselfAcrossLevelsIsRefusedShowingTheLoop() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long cabinet = fixtures.madeItem("CAB");
		long carcass = fixtures.madeItem("CAR");
		long panel = fixtures.madeItem("PNL");
		fixtures.bom(cabinet, line(carcass, "1", "0"));
		fixtures.bom(carcass, line(panel, "2", "0"));

		var cycle = planner.post("/api/boms", bom(panel, List.of(line(fixtures.boughtItem("BRD"), "1", "0"), line(cabinet, "1", "0"))));
		assertThat(cycle.status()).isEqualTo(422);
		String loop = String.join(" → ", fixtures.code("/api/items", panel), fixtures.code("/api/items", cabinet),
				fixtures.code("/api/items", carcass), fixtures.code("/api/items", panel));
		assertThat(cycle.fieldError("lines[1].componentItemId")).isEqualTo("would make the item contain itself: " + loop);
	}

	@Test
	void theExplosionOfAThreeLevelBomGivesGrossQuantitiesIncludingScrapAtEveryLevel() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long cabinet = fixtures.madeItem("CAB");
		long carcass = fixtures.madeItem("CAR");
		long door = fixtures.madeItem("DOR");
		long side = fixtures.madeItem("SID");
		long board = fixtures.boughtItem("BRD");
		long hinge = fixtures.boughtItem("HNG");
		long id = fixtures.created("/api/boms", bom(cabinet, List.of(line(carcass, "1", "0"), line(door, "2", "0.02"))));
		fixtures.created("/api/boms", bom(carcass, List.of(line(side, "2", "0.05"), line(hinge, "4", "0"))));
		fixtures.created("/api/boms", bom(side, List.of(line(board, "0.5", "0.1"))));

		var response = planner.get("/api/boms/" + id + "/explosion?quantity=10");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode explosion = response.json();
		assertThat(explosion.get("quantity").decimalValue()).isEqualByComparingTo("10");
		JsonNode nodes = explosion.get("nodes");
		// by hand: carcass 10 × 1 = 10; side panel 10 × 2 / 0.95 = 21.0526…; board 21.0526… × 0.5 / 0.9 = 11.6959…;
		// hinge 10 × 4 = 40; door 10 × 2 / 0.98 = 20.4081… (all rounded up to 4 decimals)
		long[] items = { carcass, side, board, hinge, door };
		int[] levels = { 1, 2, 3, 2, 1 };
		String[] gross = { "10", "21.0527", "11.6960", "40", "20.4082" };
		assertThat(nodes).hasSize(5);
		for (int i = 0; i < 5; i++) {
			assertThat(nodes.get(i).get("itemCode").asString()).isEqualTo(fixtures.code("/api/items", items[i]));
			assertThat(nodes.get(i).get("level").asInt()).isEqualTo(levels[i]);
			assertThat(nodes.get(i).get("grossQuantity").decimalValue()).isEqualByComparingTo(gross[i]);
		}
		assertThat(nodes.get(2).get("procurement").asString()).isEqualTo("BUY");
		assertThat(nodes.get(2).get("quantityPerParent").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(nodes.get(2).get("scrapFactor").decimalValue()).isEqualByComparingTo("0.1");

		var zero = planner.get("/api/boms/" + id + "/explosion?quantity=0");
		assertThat(zero.status()).isEqualTo(422);
		assertThat(zero.fieldError("quantity")).isEqualTo("must be greater than 0");
	}

	@Test
	void theListFiltersByItemAndSearchesTheItemCode() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long cabinet = fixtures.madeItem("LSTCAB");
		fixtures.bom(cabinet, line(fixtures.boughtItem("BRD"), "1", "0"));
		String code = fixtures.code("/api/items", cabinet);
		JsonNode byItem = planner.get("/api/boms?itemId=" + cabinet).json();
		assertThat(byItem.get("total").asLong()).isEqualTo(1);
		assertThat(byItem.get("items").get(0).get("itemCode").asString()).isEqualTo(code);
		assertThat(planner.get("/api/boms?q=" + code.toLowerCase()).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void anImportPointsEveryBadLineAtItsRowAndColumnAndCreatesNothing() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		String cabinet = fixtures.code("/api/items", fixtures.madeItem("CAB"));
		String door = fixtures.code("/api/items", fixtures.madeItem("DOR"));
		String board = fixtures.code("/api/items", fixtures.boughtItem("BRD"));
		String hinge = fixtures.code("/api/items", fixtures.boughtItem("HNG"));
		String panel = fixtures.code("/api/items", fixtures.madeItem("PNL"));
		// row 6 is found by the BOM rules, which only run on BOMs whose cells are all valid
		String bad = """
				itemCode,componentCode,quantity,scrapFactor
				%1$s,%3$s,2.5,0.1
				%1$s,NO-SUCH-ITEM,1,0
				%2$s,%3$s,1,0
				%2$s,%4$s,-2,0
				%5$s,%3$s,1,0
				%5$s,%5$s,1,0
				""".formatted(cabinet, door, board, hinge, panel);
		var rejected = planner.upload("/api/boms/import", "boms.csv", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).isEqualTo(422);
		JsonNode rows = rejected.json().get("rows");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).get("row").asInt()).isEqualTo(3);
		assertThat(rows.get(0).get("field").asString()).isEqualTo("componentCode");
		assertThat(rows.get(1).get("row").asInt()).isEqualTo(5);
		assertThat(rows.get(1).get("field").asString()).isEqualTo("quantity");
		assertThat(rows.get(2).get("row").asInt()).isEqualTo(7);
		assertThat(rows.get(2).get("field").asString()).isEqualTo("componentCode");
		assertThat(rows.get(2).get("message").asString()).contains("component of itself");
		assertThat(planner.get("/api/boms?q=" + cabinet).json().get("total").asLong()).isZero();

		String corrected = """
				itemCode,componentCode,quantity,scrapFactor
				%1$s,%3$s,2.5,0.1
				%1$s,%2$s,2,
				%2$s,%3$s,1,0
				%2$s,%4$s,2,0
				""".formatted(cabinet, door, board, hinge);
		var accepted = planner.upload("/api/boms/import", "boms.csv", corrected.getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("created").asInt()).isEqualTo(2);
		assertThat(planner.get("/api/boms?q=" + cabinet).json().get("items").get(0).get("lines")).hasSize(2);
	}

	@Test
	void anImportWhoseBomsCloseALoopOnlyTogetherIsRefused() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		String carcass = fixtures.code("/api/items", fixtures.madeItem("CAR"));
		String panel = fixtures.code("/api/items", fixtures.madeItem("PNL"));
		String loop = """
				itemCode,componentCode,quantity,scrapFactor
				%1$s,%2$s,2,0
				%2$s,%1$s,1,0
				""".formatted(carcass, panel);
		var rejected = planner.upload("/api/boms/import", "boms.csv", loop.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).isEqualTo(422);
		JsonNode rows = rejected.json().get("rows");
		assertThat(rows.get(0).get("row").asInt()).isEqualTo(2);
		assertThat(rows.get(0).get("field").asString()).isEqualTo("componentCode");
		assertThat(rows.get(0).get("message").asString()).contains(carcass + " → " + panel + " → " + carcass);
		assertThat(planner.get("/api/boms?q=" + carcass).json().get("total").asLong()).isZero();
	}

	@Test
	void anExportCanBeImportedBackUnchanged() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long cabinet = fixtures.madeItem("EXPCAB");
		planner.post("/api/boms", bom(cabinet,
				List.of(line(fixtures.boughtItem("BRD"), "2.5", "0.1"), line(fixtures.boughtItem("HNG"), "4", "0"))));
		String code = fixtures.code("/api/items", cabinet);
		for (String format : new String[] { "csv", "xlsx" }) {
			var export = planner.get("/api/boms/export?format=" + format + "&q=" + code);
			assertThat(export.status()).isEqualTo(200);
			var reimport = planner.upload("/api/boms/import", "boms." + format, export.bytes());
			assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
			assertThat(reimport.json().get("updated").asInt()).isEqualTo(1);
			assertThat(reimport.json().get("created").asInt()).isZero();
		}
		JsonNode bom = planner.get("/api/boms?q=" + code).json().get("items").get(0);
		assertThat(bom.get("lines")).hasSize(2);
		assertThat(bom.get("version").asLong()).as("an unchanged import changes nothing").isZero();
	}

	@Test
	void aChangedLineIsInTheAuditTrailOfTheBomUnderTheItemCode() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long cabinet = fixtures.madeItem("AUDCAB");
		long board = fixtures.boughtItem("BRD");
		long id = fixtures.bom(cabinet, line(board, "1", "0"));
		Map<String, Object> change = bom(cabinet, List.of(line(board, "1.5", "0")));
		change.put("version", 0);
		planner.put("/api/boms/" + id, change);
		JsonNode history = api.as("admin").get("/api/audit-entries?entityType=BillOfMaterials&entityId=" + id).json();
		assertThat(history.get("total").asLong()).isEqualTo(2);
		assertThat(history.toString()).contains(fixtures.code("/api/items", cabinet)).contains("\"field\":\"lines\"");
	}
}
