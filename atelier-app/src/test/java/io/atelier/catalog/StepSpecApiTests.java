package io.atelier.catalog;

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

/** A routing step's process parameters and drawings (docs/shopfloor.md, "Traceability"). */
@AtelierIntegrationTest
class StepSpecApiTests {

	@Autowired
	Api api;

	Api.Caller planner;

	String step;

	@BeforeEach
	void routing() {
		planner = api.as("planner");
		CatalogFixtures fixtures = new CatalogFixtures(planner);
		long centre = fixtures.workCenter("CTR-PAINT");
		long machine = fixtures.machine(centre);
		long item = fixtures.madeItem("PNL");
		long routing = fixtures.created("/api/routings", Map.of("itemId", item, "steps",
				List.of(Map.of("stepNo", 10, "name", "喷涂 Paint", "workCenterId", centre, "machines",
						List.of(Map.of("machineId", machine, "runMinutesPerUnit", "1"))))));
		step = "/api/routings/" + routing + "/steps/10";
	}

	private static Map<String, Object> parameter(String code, String name, String min, String max) {
		Map<String, Object> parameter = new HashMap<>();
		parameter.put("code", code);
		parameter.put("name", name);
		parameter.put("unit", "°C");
		parameter.put("min", min);
		parameter.put("max", max);
		parameter.put("required", true);
		return parameter;
	}

	@Test
	void aStepsParametersAreReplacedAndReadBackInTheirOrder() {
		var saved = planner.put(step + "/parameters", Map.of("parameters",
				List.of(parameter("oven-temp", " 烘烤温度 Oven temperature ", "60.50", "80"),
						parameter("thickness", "膜厚 Film thickness", null, "120"))));

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		JsonNode read = api.as("operator").get(step + "/parameters").json().get("parameters");
		assertThat(read).hasSize(2);
		assertThat(read.get(0).get("code").asString()).isEqualTo("oven-temp");
		assertThat(read.get(0).get("name").asString()).isEqualTo("烘烤温度 Oven temperature");
		assertThat(read.get(0).get("min").decimalValue()).isEqualByComparingTo("60.5");
		assertThat(read.get(1).get("min").isNull()).isTrue();

		assertThat(planner.put(step + "/parameters", Map.of("parameters", List.of())).status()).isEqualTo(200);
		assertThat(planner.get(step + "/parameters").json().get("parameters")).isEmpty();
	}

	@Test
	void badDefinitionsAreRefusedNamingTheField() {
		var refused = planner.put(step + "/parameters", Map.of("parameters",
				List.of(parameter("temp", "温度", "90", "80"), parameter("TEMP", "", null, null),
						parameter("1st", "x", null, null))));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.fieldError("parameters[0].max")).isNotNull();
		assertThat(refused.fieldError("parameters[1].code")).contains("TEMP");
		assertThat(refused.fieldError("parameters[1].name")).isNotNull();
		assertThat(refused.fieldError("parameters[2].code")).isNotNull();
		assertThat(planner.get(step + "/parameters").json().get("parameters")).isEmpty();
	}

	@Test
	void onlyPlannersChangeStepsAndUnknownStepsAreNotFound() {
		Map<String, Object> body = Map.of("parameters", List.of(parameter("temp", "温度", null, null)));
		assertThat(api.as("operator").put(step + "/parameters", body).status()).isEqualTo(403);
		assertThat(api.as("customer").get(step + "/parameters").status()).isEqualTo(403);
		assertThat(planner.put(step.replace("/steps/10", "/steps/20") + "/parameters", body).status()).isEqualTo(404);
		assertThat(planner.get("/api/routings/999999999/steps/10/drawings").status()).isEqualTo(404);
	}

	@Test
	void drawingsAreDrawingFilesAndRemovingOneHidesItFromTheStep() {
		var added = planner.upload(step + "/drawings", "panel.dxf", "0\nSECTION\n2\nENTITIES\n".getBytes());
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().get("contentType").asString()).isEqualTo("image/vnd.dxf");
		assertThat(planner.upload(step + "/drawings", "panel.exe", "MZ".getBytes()).status()).isEqualTo(422);
		assertThat(api.as("operator").upload(step + "/drawings", "panel.pdf", "%PDF".getBytes()).status())
			.isEqualTo(403);

		long id = added.json().get("id").asLong();
		var download = api.as("operator").get(step + "/drawings/" + id);
		assertThat(download.status()).isEqualTo(200);
		assertThat(new String(download.bytes())).startsWith("0\nSECTION");
		assertThat(planner.delete(step + "/drawings/" + id).status()).isEqualTo(204);
		assertThat(planner.get(step + "/drawings").json()).isEmpty();
		assertThat(planner.get(step + "/drawings/" + id).status()).isEqualTo(404);
		assertThat(planner.delete(step + "/drawings/" + id).status()).isEqualTo(404);
	}
}
