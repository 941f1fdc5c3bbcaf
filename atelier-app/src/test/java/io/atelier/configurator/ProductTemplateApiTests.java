package io.atelier.configurator;

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
class ProductTemplateApiTests {

	@Autowired
	Api api;

	@Autowired
	ProductConfigurator configurator;

	Api.Caller planner;

	TemplateFixtures fixtures;

	@BeforeEach
	void signIn() {
		planner = api.as("planner");
		fixtures = new TemplateFixtures(planner);
	}

	private Api.Response configure(Api.Caller caller, String code, Integer version, Map<String, Object> values) {
		Map<String, Object> body = new HashMap<>();
		body.put("version", version);
		body.put("values", values);
		return caller.post("/api/product-templates/" + code + "/configure", body);
	}

	private static JsonNode component(JsonNode configuration, String itemCode) {
		for (JsonNode component : configuration.get("components")) {
			if (component.get("itemCode").asString().equals(itemCode)) {
				return component;
			}
		}
		return null;
	}

	private static String decimal(JsonNode node) {
		return node.decimalValue().stripTrailingZeros().toPlainString();
	}

	@Test
	void aReleasedTemplateDerivesComponentsStepsAndFamilyFromTheValues() {
		String code = Api.unique("TPL-DESK");
		long id = fixtures.create(fixtures.desk(code));
		assertThat(fixtures.release(id, 1).status()).isEqualTo(200);

		JsonNode walnut = configure(api.as("operator"), code, null,
				Map.of("width", "1500", "depth", "700", "material", "walnut")).json();
		assertThat(walnut.get("templateVersion").asInt()).isEqualTo(1);
		assertThat(walnut.get("itemCode").asString()).isEqualTo("PRD-DESK-1200");
		assertThat(walnut.get("productFamilyCode").asString()).isEqualTo("PF-WALNUT");
		assertThat(walnut.get("values").get("drawer").asString()).isEqualTo("true");
		assertThat(walnut.get("values").get("depth").asString()).isEqualTo("700");
		// top 1.5 m × 0.7 m = 1.05 m²; edge 2 × (1.5 + 0.7) = 4.4 m; screws 16 + 8 for the drawer
		assertThat(decimal(component(walnut, "MAT-VEN-WAL18").get("quantityPerUnit"))).isEqualTo("1.05");
		assertThat(decimal(component(walnut, "MAT-VEN-WAL18").get("scrapFactor"))).isEqualTo("0.1");
		assertThat(decimal(component(walnut, "MAT-EDGE-WAL").get("quantityPerUnit"))).isEqualTo("4.4");
		assertThat(decimal(component(walnut, "MAT-SCREW").get("quantityPerUnit"))).isEqualTo("24");
		assertThat(decimal(component(walnut, "MAT-LEG").get("quantityPerUnit"))).isEqualTo("4");
		assertThat(component(walnut, "SUB-DRAWER")).isNotNull();
		assertThat(component(walnut, "MAT-MEL-OAK18")).isNull();
		// runner fitting 8 min; packing 6 + 2 × 1.05 = 8.1 min
		assertThat(walnut.get("steps")).hasSize(2);
		assertThat(decimal(walnut.get("steps").get(0).get("runMinutesPerUnit"))).isEqualTo("8");
		assertThat(decimal(walnut.get("steps").get(1).get("runMinutesPerUnit"))).isEqualTo("8.1");

		JsonNode oak = configure(planner, code, null,
				Map.of("width", "1000", "material", "oak", "drawer", "false")).json();
		assertThat(oak.get("productFamilyCode").asString()).isEqualTo("PF-OAK-MEL");
		assertThat(decimal(component(oak, "MAT-MEL-OAK18").get("quantityPerUnit"))).isEqualTo("0.6");
		assertThat(decimal(component(oak, "MAT-SCREW").get("quantityPerUnit"))).isEqualTo("16");
		assertThat(component(oak, "SUB-DRAWER")).isNull();
		assertThat(oak.get("steps")).hasSize(1);
		assertThat(oak.get("steps").get(0).get("stepNo").asInt()).isEqualTo(20);
		assertThat(decimal(oak.get("steps").get(0).get("runMinutesPerUnit"))).isEqualTo("7.2");
	}

	@Test
	void theJavaContractGivesTheSameConfigurationAsThePreview() {
		String code = Api.unique("TPL-DESK");
		long id = fixtures.create(fixtures.desk(code));
		fixtures.release(id, 1);
		Configuration configuration = configurator.configure(code, null,
				Map.of("width", "1200.0", "depth", "600", "material", "oak"));
		assertThat(configuration.templateVersion()).isEqualTo(1);
		assertThat(configuration.values()).containsEntry("width", "1200").containsEntry("drawer", "true");
		assertThat(configuration.components())
			.anySatisfy(c -> {
				assertThat(c.itemCode()).isEqualTo("MAT-MEL-OAK18");
				assertThat(c.quantityPerUnit()).isEqualByComparingTo("0.72");
			});
		assertThat(configuration.steps()).extracting(Configuration.Step::stepNo).containsExactly(10, 20);
	}

	@Test
	void outOfRangeValuesNameTheParameterItsRangeAndUnitInBothLanguages() {
		String code = Api.unique("TPL-DESK");
		long id = fixtures.create(fixtures.desk(code));
		fixtures.release(id, 1);
		Map<String, Object> values = Map.of("width", "2400", "material", "cherry", "depth", "6OO", "colour", "red");

		Api.Response english = configure(planner, code, null, values);
		assertThat(english.status()).isEqualTo(422);
		assertThat(english.fieldError("parameters.width")).isEqualTo("宽度 Width must be between 800 and 2000 mm");
		assertThat(english.fieldError("parameters.material")).contains("cherry").contains("walnut, oak");
		assertThat(english.fieldError("parameters.depth")).contains("must be a number").contains("6OO");
		assertThat(english.fieldError("parameters.colour")).contains("no parameter \"colour\"");

		Api.Response chinese = configure(planner.inChinese(), code, null, values);
		assertThat(chinese.fieldError("parameters.width")).isEqualTo("宽度 Width 必须在 800 到 2000 mm 之间");

		Api.Response missing = configure(planner, code, null, Map.of("material", "oak"));
		assertThat(missing.fieldError("parameters.width")).isEqualTo("宽度 Width is required");
		Api.Response tooLong = configure(planner, code, null,
				Map.of("width", "900", "material", "oak", "note", "x".repeat(21)));
		assertThat(tooLong.fieldError("parameters.note")).contains("at most 20 characters");
	}

	@Test
	void formulaErrorsAreRefusedWhenSavedNamingTheRuleAndPosition() {
		Map<String, Object> body = fixtures.desk(Api.unique("TPL-BAD"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> bomRules = (List<Map<String, Object>>) body.get("bomRules");
		bomRules.get(2).put("quantity", "width * heigth");
		bomRules.get(3).put("condition", "material = 'cherry'");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> stepRules = (List<Map<String, Object>>) body.get("stepRules");
		stepRules.get(1).put("runMinutes", "material + 1");

		Api.Response response = planner.post("/api/product-templates", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("bomRules[2].quantity")).isEqualTo("at position 9: there is no parameter \"heigth\"");
		assertThat(response.fieldError("bomRules[3].condition")).contains("\"cherry\" is not an option of material");
		assertThat(response.fieldError("stepRules[1].runMinutes")).contains("a number is expected");
		assertThat(planner.inChinese().post("/api/product-templates", body).fieldError("bomRules[2].quantity"))
			.isEqualTo("第 9 个字符处：没有参数“heigth”");
	}

	@Test
	void rulesMustFitTheItemAndItsRouting() {
		Map<String, Object> body = fixtures.desk(Api.unique("TPL-BAD"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> stepRules = (List<Map<String, Object>>) body.get("stepRules");
		stepRules.add(TemplateFixtures.stepRule(30, null, null));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> parameters = (List<Map<String, Object>>) body.get("parameters");
		parameters.get(1).put("defaultValue", "1000");
		Api.Response response = planner.post("/api/product-templates", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("stepRules[2].stepNo")).contains("no step 30 in the routing of PRD-DESK-1200");
		assertThat(response.fieldError("parameters[1].defaultValue")).contains("must be between 500 and 900 mm");

		body = fixtures.desk(Api.unique("TPL-BAD"));
		body.put("itemId", fixtures.itemId("MAT-LEG"));
		assertThat(planner.post("/api/product-templates", body).fieldError("itemId")).contains("MAT-LEG is bought");
	}

	@Test
	void aComputingErrorAtConfigureTimeNamesTheRule() {
		Map<String, Object> body = fixtures.desk(Api.unique("TPL-DESK"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> bomRules = (List<Map<String, Object>>) body.get("bomRules");
		bomRules.get(2).put("quantity", "4 / (depth - 600)");
		bomRules.get(3).put("quantity", "depth - 700");
		long id = fixtures.create(body);
		fixtures.release(id, 1);
		Api.Response response = configure(planner, (String) body.get("code"), null,
				Map.of("width", "1000", "material", "oak"));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("bomRules[2].quantity")).isEqualTo("divides by zero for these values");
		assertThat(response.fieldError("bomRules[3].quantity"))
			.isEqualTo("gives -100.0000 for MAT-SCREW; a quantity must be greater than 0");
	}

	@Test
	void releasedVersionsAreFixedAndChangesGoIntoANewDraft() {
		String code = Api.unique("TPL-DESK");
		long id = fixtures.create(fixtures.desk(code));
		fixtures.release(id, 1);
		Map<String, Object> change = fixtures.desk(code);
		change.put("version", fixtures.version(id));
		assertThat(planner.put("/api/product-templates/" + id, change).status()).isEqualTo(409);
		assertThat(fixtures.release(id, 1).status()).isEqualTo(409);
		assertThat(planner.delete("/api/product-templates/" + id + "?version=" + fixtures.version(id)).status())
			.isEqualTo(409);

		Api.Response draft = planner.post("/api/product-templates/" + id + "/versions?version=" + fixtures.version(id),
				Map.of());
		assertThat(draft.status()).isEqualTo(200);
		assertThat(draft.json().get("draftVersion").asInt()).isEqualTo(2);
		assertThat(draft.json().get("currentVersion").asInt()).isEqualTo(1);
		assertThat(planner.post("/api/product-templates/" + id + "/versions?version=" + fixtures.version(id), Map.of())
			.status()).as("a second draft").isEqualTo(409);

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> bomRules = (List<Map<String, Object>>) change.get("bomRules");
		bomRules.get(2).put("quantity", "6");
		change.put("version", fixtures.version(id));
		assertThat(planner.put("/api/product-templates/" + id, change).status()).isEqualTo(200);
		Map<String, Object> values = Map.of("width", "1000", "material", "oak");
		assertThat(decimal(component(configure(planner, code, null, values).json(), "MAT-LEG").get("quantityPerUnit")))
			.as("the current version is still 1").isEqualTo("4");
		assertThat(decimal(component(configure(planner, code, 2, values).json(), "MAT-LEG").get("quantityPerUnit")))
			.as("the draft can be tried out").isEqualTo("6");
		assertThat(fixtures.release(id, 2).status()).isEqualTo(200);
		assertThat(decimal(component(configure(planner, code, null, values).json(), "MAT-LEG").get("quantityPerUnit")))
			.isEqualTo("6");
	}

	@Test
	void aRetiredVersionIsNotOfferedButStillConfiguresWhenAskedByNumber() {
		String code = Api.unique("TPL-DESK");
		long id = fixtures.create(fixtures.desk(code));
		fixtures.release(id, 1);
		Api.Response retired = planner
			.post("/api/product-templates/" + id + "/versions/1/retire?version=" + fixtures.version(id), Map.of());
		assertThat(retired.status()).isEqualTo(200);
		assertThat(retired.json().get("status").asString()).isEqualTo("RETIRED");
		Map<String, Object> values = Map.of("width", "1000", "material", "oak");
		assertThat(configure(planner, code, null, values).status()).isEqualTo(404);
		assertThat(configure(planner, code, 1, values).status()).isEqualTo(200);
		assertThat(configurator.configure(code, 1, Map.of("width", "1000", "material", "oak")).templateVersion())
			.isEqualTo(1);
		assertThat(planner.get("/api/product-templates?status=RETIRED&q=" + code).json().get("total").asInt())
			.isEqualTo(1);
	}

	@Test
	void twoEditorsOfOneDraftTheSecondIsToldToReload() {
		String code = Api.unique("TPL-DESK");
		long id = fixtures.create(fixtures.desk(code));
		long read = fixtures.version(id);
		Map<String, Object> first = fixtures.desk(code);
		first.put("version", read);
		first.put("name", "第一位 First editor");
		Map<String, Object> second = fixtures.desk(code);
		second.put("version", read);
		second.put("name", "第二位 Second editor");
		assertThat(planner.put("/api/product-templates/" + id, first).status()).isEqualTo(200);
		assertThat(api.as("admin").put("/api/product-templates/" + id, second).status()).isEqualTo(409);
		assertThat(planner.get("/api/product-templates/" + id).json().get("name").asString())
			.isEqualTo("第一位 First editor");
	}

	@Test
	void aDraftThatWasNeverReleasedCanBeDeleted() {
		long id = fixtures.create(fixtures.desk(Api.unique("TPL-DESK")));
		assertThat(planner.delete("/api/product-templates/" + id + "?version=" + fixtures.version(id)).status())
			.isEqualTo(204);
		assertThat(planner.get("/api/product-templates/" + id).status()).isEqualTo(404);
	}

	@Test
	void staffReadAndTryTemplatesOnlyPlannersEditAndCustomersSeeNone() {
		String code = Api.unique("TPL-DESK");
		long id = fixtures.create(fixtures.desk(code));
		fixtures.release(id, 1);
		assertThat(api.as("operator").get("/api/product-templates/" + id).status()).isEqualTo(200);
		assertThat(api.as("operator").post("/api/product-templates", fixtures.desk(Api.unique("TPL"))).status())
			.isEqualTo(403);
		assertThat(api.as("customer").get("/api/product-templates/" + id).status()).isEqualTo(403);
		assertThat(configure(api.as("customer"), code, null, Map.of()).status()).isEqualTo(403);
	}

	@Test
	void anItemATemplateUsesCannotBeDeleted() {
		String code = Api.unique("TPL-DESK");
		fixtures.create(fixtures.desk(code));
		long legs = fixtures.itemId("MAT-LEG");
		Api.Response response = planner.delete("/api/items/" + legs + "?version="
				+ planner.get("/api/items/" + legs).json().get("version").asLong());
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("detail").asString()).contains("Product template");
	}

	@Test
	void aProductFamilyATemplateNamesCannotBeDeleted() {
		var created = planner.post("/api/product-families",
				Map.of("code", Api.unique("PF"), "name", "测试产品族 Test family"));
		long family = created.json().get("id").asLong();
		Map<String, Object> body = fixtures.desk(Api.unique("TPL-DESK"));
		body.put("familyRule", Map.of("kind", "FIXED", "familyId", family));
		fixtures.create(body);
		Api.Response response = planner.delete("/api/product-families/" + family + "?version="
				+ created.json().get("version").asLong());
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("detail").asString()).contains((String) body.get("code"));
	}

	@Test
	void aReleaseRetriedWithTheSameIdempotencyKeyGetsTheFirstAnswerInsteadOfAConflict() {
		long id = fixtures.create(fixtures.desk(Api.unique("TPL-DESK")));
		String path = "/api/product-templates/" + id + "/versions/1/release?version=" + fixtures.version(id);
		Api.Caller retrying = planner.withHeader("Idempotency-Key", java.util.UUID.randomUUID().toString());
		Api.Response first = retrying.post(path, Map.of());
		Api.Response retry = retrying.post(path, Map.of());
		assertThat(first.status()).isEqualTo(200);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.json().get("version").asLong()).isEqualTo(first.json().get("version").asLong());
		assertThat(planner.post(path, Map.of()).status()).as("without the key: stale").isEqualTo(409);
	}
}
