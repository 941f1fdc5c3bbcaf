package io.atelier.configurator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.atelier.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desk template on the demo catalog's walnut desk (routing: 10 fit the drawer runners, 20 inspect and pack), with a
 * code no other test uses.
 */
final class TemplateFixtures {

	private final Api.Caller caller;

	TemplateFixtures(Api.Caller caller) {
		this.caller = caller;
	}

	long itemId(String code) {
		for (JsonNode item : caller.get("/api/items?q=" + code).json().get("items")) {
			if (item.get("code").asString().equals(code)) {
				return item.get("id").asLong();
			}
		}
		throw new IllegalStateException("no item " + code);
	}

	long familyId(String code) {
		return caller.get("/api/product-families?q=" + code).json().get("items").get(0).get("id").asLong();
	}

	static Map<String, Object> number(String code, String name, String unit, int min, int max, String defaultValue) {
		Map<String, Object> p = parameter(code, name, "NUMBER");
		p.put("unit", unit);
		p.put("min", min);
		p.put("max", max);
		p.put("defaultValue", defaultValue);
		p.put("required", true);
		return p;
	}

	static Map<String, Object> parameter(String code, String name, String kind) {
		Map<String, Object> p = new HashMap<>();
		p.put("code", code);
		p.put("name", name);
		p.put("kind", kind);
		return p;
	}

	static Map<String, Object> bomRule(long itemId, String quantity, String condition, String scrap) {
		Map<String, Object> rule = new HashMap<>();
		rule.put("componentItemId", itemId);
		rule.put("quantity", quantity);
		rule.put("condition", condition);
		rule.put("scrapFactor", scrap);
		return rule;
	}

	static Map<String, Object> stepRule(int stepNo, String condition, String runMinutes) {
		Map<String, Object> rule = new HashMap<>();
		rule.put("stepNo", stepNo);
		rule.put("condition", condition);
		rule.put("runMinutes", runMinutes);
		return rule;
	}

	/**
	 * Width 800–2000 mm, depth 500–900 mm (default 600), material walnut or oak, drawer yes/no (default yes); the top
	 * is width × depth / 1e6 m² of the material's board, four legs, 16 screws and 8 more with a drawer, a walnut edge
	 * band round the top; runner fitting only with a drawer (8 min), packing 6 min plus 2 min per m².
	 */
	Map<String, Object> desk(String code) {
		Map<String, Object> material = parameter("material", "材质 Material", "CHOICE");
		material.put("options", List.of(Map.of("code", "walnut", "name", "胡桃木 Walnut"), Map.of("code", "oak", "name",
				"橡木纹 Oak")));
		material.put("required", true);
		Map<String, Object> drawer = parameter("drawer", "抽屉 Drawer", "YES_NO");
		drawer.put("defaultValue", "true");
		Map<String, Object> note = parameter("note", "备注 Note", "TEXT");
		note.put("maxLength", 20);
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("name", "定制书桌 Custom desk");
		body.put("itemId", itemId("PRD-DESK-1200"));
		body.put("familyRule", Map.of("kind", "BY_CHOICE", "parameterCode", "material", "mappings",
				List.of(Map.of("optionCode", "walnut", "familyId", familyId("PF-WALNUT")),
						Map.of("optionCode", "oak", "familyId", familyId("PF-OAK-MEL")))));
		body.put("parameters", new ArrayList<>(List.of(number("width", "宽度 Width", "mm", 800, 2000, null),
				number("depth", "深度 Depth", "mm", 500, 900, "600"), material, drawer, note)));
		body.put("bomRules", new ArrayList<>(List.of(
				bomRule(itemId("MAT-VEN-WAL18"), "width * depth / 1e6", "material = 'walnut'", "0.1"),
				bomRule(itemId("MAT-MEL-OAK18"), "width * depth / 1e6", "material = 'oak'", "0.08"),
				bomRule(itemId("MAT-LEG"), "4", null, null),
				bomRule(itemId("MAT-SCREW"), "16 + if(drawer, 8, 0)", null, "0.02"),
				bomRule(itemId("SUB-DRAWER"), "1", "drawer", null),
				bomRule(itemId("MAT-EDGE-WAL"), "2 * (width + depth) / 1000", "material = 'walnut'", "0.05"))));
		body.put("stepRules", new ArrayList<>(List.of(stepRule(10, "drawer", "8"),
				stepRule(20, null, "6 + width * depth / 1e6 * 2"))));
		return body;
	}

	long create(Map<String, Object> body) {
		var response = caller.post("/api/product-templates", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	long version(long id) {
		return caller.get("/api/product-templates/" + id).json().get("version").asLong();
	}

	Api.Response release(long id, int number) {
		return caller.post("/api/product-templates/" + id + "/versions/" + number + "/release?version=" + version(id),
				Map.of());
	}
}
