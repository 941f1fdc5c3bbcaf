package io.atelier.catalog;

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
class ProductFamilyApiTests {

	@Autowired
	Api api;

	private static Map<String, Object> family(String code, String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("name", name);
		body.put("description", "test");
		return body;
	}

	@Test
	void plannerCreatesReadsUpdatesAndDeletesAFamily() {
		var planner = api.as("planner");
		String code = Api.unique("PF");
		var created = planner.post("/api/product-families", family(code, "橡木三聚氰胺 Oak melamine"));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();

		Map<String, Object> change = family(code, "橡木三聚氰胺 Oak melamine, matt");
		change.put("version", created.json().get("version").asLong());
		var updated = planner.put("/api/product-families/" + id, change);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(planner.get("/api/product-families/" + id).json().get("name").asString()).endsWith("matt");

		var deleted = planner.delete("/api/product-families/" + id + "?version=" + updated.json().get("version").asLong());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(planner.get("/api/product-families/" + id).status()).isEqualTo(404);
	}

	@Test
	void aStaleUpdateIsAConflict() {
		var planner = api.as("planner");
		String code = Api.unique("PF");
		JsonNode created = planner.post("/api/product-families", family(code, "First")).json();
		Map<String, Object> first = family(code, "Second");
		first.put("version", created.get("version").asLong());
		planner.put("/api/product-families/" + created.get("id").asLong(), first);
		var stale = planner.put("/api/product-families/" + created.get("id").asLong(), first);
		assertThat(stale.status()).isEqualTo(409);
	}

	@Test
	void aFamilyWithoutANameIsRefusedNamingTheFieldInChinese() {
		var response = api.as("planner").inChinese().post("/api/product-families", Map.of("code", Api.unique("PF")));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("name")).isEqualTo("不能为空");
	}

	@Test
	void aFamilyOfAnItemCannotBeDeletedAndTheRefusalNamesTheItem() {
		var planner = api.as("planner");
		var fixtures = new CatalogFixtures(planner);
		long familyId = fixtures.family("PF");
		Map<String, Object> item = CatalogFixtures.item(Api.unique("IT"), "PRODUCT", "MAKE", null);
		item.put("productFamilyId", familyId);
		long itemId = fixtures.created("/api/items", item);

		var refused = planner.delete("/api/product-families/" + familyId + "?version=0");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("Item " + fixtures.code("/api/items", itemId));
		assertThat(planner.get("/api/product-families/" + familyId).status()).isEqualTo(200);
	}

	@Test
	void anImportWithABadRowCreatesNothingAndTheCorrectedFileImports() {
		var planner = api.as("planner");
		String code = Api.unique("PF");
		String bad = """
				code,name,description
				%s-A,白色三聚氰胺 White melamine,
				%s-B,,no name
				""".formatted(code, code);
		var rejected = planner.upload("/api/product-families/import", "families.csv", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).isEqualTo(422);
		assertThat(rejected.json().get("rows")).hasSize(1);
		assertThat(rejected.json().get("rows").get(0).get("row").asInt()).isEqualTo(3);
		assertThat(rejected.json().get("rows").get(0).get("field").asString()).isEqualTo("name");
		assertThat(planner.get("/api/product-families?q=" + code).json().get("total").asLong()).isZero();

		var accepted = planner.upload("/api/product-families/import", "families.csv",
				bad.replace(",,no name", ",灰色 Grey,").getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("created").asInt()).isEqualTo(2);
	}

	@Test
	void anExportCanBeImportedBackUnchanged() {
		var planner = api.as("planner");
		String code = Api.unique("PF");
		planner.post("/api/product-families", family(code, "Exported"));
		for (String format : new String[] { "csv", "xlsx" }) {
			var export = planner.get("/api/product-families/export?format=" + format + "&q=" + code);
			assertThat(export.status()).isEqualTo(200);
			var reimport = planner.upload("/api/product-families/import", "families." + format, export.bytes());
			assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
			assertThat(reimport.json().get("updated").asInt()).isEqualTo(1);
			assertThat(reimport.json().get("created").asInt()).isZero();
		}
	}
}
