package io.atelier.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static io.atelier.catalog.CatalogFixtures.item;
import static io.atelier.catalog.CatalogFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
class ItemApiTests {

	@Autowired
	Api api;

	@Test
	void plannerCreatesReadsUpdatesAndDeletesAnItemWithItsFamilyShown() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long familyId = fixtures.family("PF");
		String code = Api.unique("IT");
		Map<String, Object> body = item(code, "PRODUCT", "MAKE", null);
		body.put("productFamilyId", familyId);
		body.put("unit", "SET");
		var created = planner.post("/api/items", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		JsonNode read = planner.get("/api/items/" + id).json();
		assertThat(read.get("unit").asString()).isEqualTo("SET");
		assertThat(read.get("productFamilyCode").asString()).isEqualTo(fixtures.code("/api/product-families", familyId));
		assertThat(read.get("productFamilyName").asString()).isEqualTo("测试产品族 Test family");

		Map<String, Object> change = item(code, "PART", "BUY", 12);
		change.put("version", read.get("version").asLong());
		var updated = planner.put("/api/items/" + id, change);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("procurement").asString()).isEqualTo("BUY");
		assertThat(updated.json().get("leadTimeDays").asInt()).isEqualTo(12);
		assertThat(updated.json().get("productFamilyId").isNull()).isTrue();

		var deleted = planner.delete("/api/items/" + id + "?version=" + updated.json().get("version").asLong());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(planner.get("/api/items/" + id).status()).isEqualTo(404);
	}

	@Test
	void aStaleUpdateIsAConflictAndChangesNothing() {
		var planner = api.as("planner");
		String code = Api.unique("IT");
		JsonNode created = planner.post("/api/items", item(code, "PART", "MAKE", null)).json();
		long id = created.get("id").asLong();
		Map<String, Object> change = item(code, "PART", "MAKE", null);
		change.put("version", created.get("version").asLong());
		change.put("name", "Changed once");
		assertThat(planner.put("/api/items/" + id, change).status()).isEqualTo(200);
		change.put("name", "Changed from a stale copy");
		assertThat(planner.put("/api/items/" + id, change).status()).isEqualTo(409);
		assertThat(planner.get("/api/items/" + id).json().get("name").asString()).isEqualTo("Changed once");
	}

	@Test
	void aBoughtItemWithoutLeadTimeIsRefusedNamingTheFieldInChinese() {
		var response = api.as("planner").inChinese().post("/api/items", item(Api.unique("IT"), "MATERIAL", "BUY", null));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("leadTimeDays")).isEqualTo("外购物料必须填写（0 天或以上）");
	}

	@Test
	void aMadeItemTakesNoLeadTimeButAZeroIsAcceptedAsNone() {
		var planner = api.as("planner");
		var refused = planner.post("/api/items", item(Api.unique("IT"), "PART", "MAKE", 5));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.fieldError("leadTimeDays")).contains("must be empty for a made item");

		var accepted = planner.post("/api/items", item(Api.unique("IT"), "PART", "MAKE", 0));
		assertThat(accepted.status()).isEqualTo(201);
		assertThat(accepted.json().get("leadTimeDays").isNull()).isTrue();
	}

	@Test
	void missingOrOutOfRangeFieldsAreRefusedNamingThem() {
		var planner = api.as("planner");
		Map<String, Object> noType = item(Api.unique("IT"), null, "BUY", 3);
		var missing = planner.post("/api/items", noType);
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.fieldError("type")).isNotBlank();

		var negative = planner.post("/api/items", item(Api.unique("IT"), "MATERIAL", "BUY", -1));
		assertThat(negative.status()).isEqualTo(422);
		assertThat(negative.fieldError("leadTimeDays")).isNotBlank();

		Map<String, Object> badUnit = item(Api.unique("IT"), "MATERIAL", "BUY", 3);
		badUnit.put("unit", "BOX");
		var malformed = planner.post("/api/items", badUnit);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.fieldError("unit")).isNotBlank();
	}

	@Test
	void anUnknownProductFamilyIsRefusedNamingTheField() {
		Map<String, Object> body = item(Api.unique("IT"), "PART", "MAKE", null);
		body.put("productFamilyId", 987654321L);
		var response = api.as("planner").post("/api/items", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("productFamilyId")).contains("does not exist");
	}

	@Test
	void aDuplicateCodeIsAConflict() {
		var planner = api.as("planner");
		String code = Api.unique("IT");
		planner.post("/api/items", item(code, "PART", "MAKE", null));
		var duplicate = planner.post("/api/items", item(code.toLowerCase(), "PART", "MAKE", null));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.fieldError("code")).contains("already used");
	}

	@Test
	void theListFiltersByTypeProcurementAndFamily() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long familyId = fixtures.family("PF");
		String prefix = Api.unique("FLT");
		Map<String, Object> product = item(prefix + "-P", "PRODUCT", "MAKE", null);
		product.put("productFamilyId", familyId);
		fixtures.created("/api/items", product);
		fixtures.created("/api/items", item(prefix + "-M", "MATERIAL", "BUY", 3));
		fixtures.created("/api/items", item(prefix + "-B", "PART", "BUY", 3));

		assertThat(codes(planner.get("/api/items?q=" + prefix + "&type=MATERIAL").json())).containsExactly(prefix + "-M");
		assertThat(codes(planner.get("/api/items?q=" + prefix + "&procurement=BUY&sort=code,asc").json()))
			.containsExactly(prefix + "-B", prefix + "-M");
		assertThat(codes(planner.get("/api/items?productFamilyId=" + familyId).json())).containsExactly(prefix + "-P");
	}

	private static java.util.List<String> codes(JsonNode page) {
		return page.get("items").valueStream().map(item -> item.get("code").asString()).toList();
	}

	@Test
	void anItemInABomOrWithABomCannotBeDeletedAndTheRefusalNamesTheBom() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long parent = fixtures.madeItem("CAB");
		long board = fixtures.boughtItem("BRD");
		fixtures.bom(parent, line(board, "2.5", "0.1"));
		String parentCode = fixtures.code("/api/items", parent);

		var component = planner.delete("/api/items/" + board + "?version=0");
		assertThat(component.status()).isEqualTo(409);
		assertThat(component.json().get("detail").asString()).contains("BOM " + parentCode);

		var owner = planner.delete("/api/items/" + parent + "?version=0");
		assertThat(owner.status()).isEqualTo(409);
		assertThat(owner.json().get("detail").asString()).contains("BOM " + parentCode);
	}

	@Test
	void aMadeItemWithABomCannotBecomeBought() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long parent = fixtures.madeItem("CAB");
		fixtures.bom(parent, line(fixtures.boughtItem("BRD"), "1", "0"));
		Map<String, Object> change = item(fixtures.code("/api/items", parent), "PART", "BUY", 10);
		change.put("version", 0);
		var refused = planner.put("/api/items/" + parent, change);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.fieldError("procurement")).contains("has a BOM");
	}

	@Test
	void anImportWithBadRowsCreatesNothingAndReportsEveryBadRowThenTheCorrectedFileImports() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		String familyCode = fixtures.code("/api/product-families", fixtures.family("PF"));
		String prefix = Api.unique("IMP");
		String bad = """
				code,name,type,unit,procurement,leadTimeDays,productFamilyCode,description
				%1$s-1,柜体 Carcass,PART,PCS,MAKE,,%2$s,
				%1$s-2,封边条 Edge band,MATERIAL,M,BUY,,,
				%1$s-3,Board,MATERIAL,BOX,BUY,5,,
				%1$s-4,Door,PART,PCS,MAKE,,NO-SUCH-FAMILY,
				""".formatted(prefix, familyCode);
		var rejected = planner.upload("/api/items/import", "items.csv", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).isEqualTo(422);
		JsonNode rows = rejected.json().get("rows");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).get("row").asInt()).isEqualTo(3);
		assertThat(rows.get(0).get("field").asString()).isEqualTo("leadTimeDays");
		assertThat(rows.get(1).get("row").asInt()).isEqualTo(4);
		assertThat(rows.get(1).get("field").asString()).isEqualTo("unit");
		assertThat(rows.get(2).get("row").asInt()).isEqualTo(5);
		assertThat(rows.get(2).get("field").asString()).isEqualTo("productFamilyCode");
		assertThat(planner.get("/api/items?q=" + prefix).json().get("total").asLong()).isZero();

		String corrected = bad.replace("BUY,,,", "BUY,14,,").replace("BOX", "M2").replace("NO-SUCH-FAMILY", familyCode);
		var accepted = planner.upload("/api/items/import", "items.csv", corrected.getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("created").asInt()).isEqualTo(4);
		JsonNode door = planner.get("/api/items?q=" + prefix + "-4").json().get("items").get(0);
		assertThat(door.get("productFamilyCode").asString()).isEqualTo(familyCode);
	}

	@Test
	void anExportCanBeImportedBackUnchanged() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		String prefix = Api.unique("EXP");
		Map<String, Object> made = item(prefix + "-1", "PRODUCT", "MAKE", null);
		made.put("productFamilyId", fixtures.family("PF"));
		fixtures.created("/api/items", made);
		fixtures.created("/api/items", item(prefix + "-2", "MATERIAL", "BUY", 21));
		for (String format : new String[] { "csv", "xlsx" }) {
			var export = planner.get("/api/items/export?format=" + format + "&q=" + prefix);
			assertThat(export.status()).isEqualTo(200);
			var reimport = planner.upload("/api/items/import", "items." + format, export.bytes());
			assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
			assertThat(reimport.json().get("updated").asInt()).isEqualTo(2);
			assertThat(reimport.json().get("created").asInt()).isZero();
		}
		assertThat(planner.get("/api/items?q=" + prefix + "-2").json().get("items").get(0).get("leadTimeDays").asInt())
			.isEqualTo(21);
	}
}
