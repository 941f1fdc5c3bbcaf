package io.atelier.orders;

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

/** Order lines of configured products: checked and normalised by the configurator, errors named after the line. */
@AtelierIntegrationTest
class ConfiguredOrderLineTests {

	@Autowired
	Api api;

	private String template;

	private long customer;

	/** A released desk template: width 800–2000 mm, depth 500–900 mm (default 600), walnut or oak. */
	@BeforeEach
	void releasedDeskTemplate() {
		var planner = api.as("planner");
		template = Api.unique("TPL-ORD");
		Map<String, Object> width = number("width", "宽度 Width", 800, 2000, null);
		Map<String, Object> depth = number("depth", "深度 Depth", 500, 900, "600");
		Map<String, Object> material = new HashMap<>(Map.of("code", "material", "name", "材质 Material", "kind", "CHOICE",
				"required", true, "options", List.of(Map.of("code", "walnut", "name", "胡桃木 Walnut"),
						Map.of("code", "oak", "name", "橡木纹 Oak"))));
		long itemId = planner.get("/api/items?q=PRD-DESK-1200").json().get("items").get(0).get("id").asLong();
		Map<String, Object> body = new HashMap<>(Map.of("code", template, "name", "定制书桌 Custom desk", "itemId", itemId,
				"parameters", new ArrayList<>(List.of(width, depth, material))));
		var created = planner.post("/api/product-templates", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		var released = planner.post("/api/product-templates/" + id + "/versions/1/release?version="
				+ created.json().get("version").asLong(), Map.of());
		assertThat(released.status()).as(released.body()).isEqualTo(200);
		customer = new OrderFixtures(api).newCustomer();
	}

	private static Map<String, Object> number(String code, String name, int min, int max, String defaultValue) {
		Map<String, Object> p = new HashMap<>(Map.of("code", code, "name", name, "kind", "NUMBER", "unit", "mm", "min",
				min, "max", max, "required", true));
		p.put("defaultValue", defaultValue);
		return p;
	}

	private Map<String, Object> configuredLine(Map<String, String> parameters) {
		Map<String, Object> line = new HashMap<>();
		line.put("templateCode", template);
		line.put("parameters", parameters);
		line.put("quantity", "2");
		return line;
	}

	@Test
	void aConfiguredOrderKeepsTheTemplateVersionAndTheNormalisedValues() {
		var created = api.as("planner").post("/api/orders", OrderFixtures.order(customer,
				List.of(configuredLine(Map.of("width", "1200.0", "material", "oak")))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode line = created.json().get("lines").get(0);
		assertThat(line.get("templateCode").asString()).isEqualTo(template);
		assertThat(line.get("templateVersion").asInt()).isEqualTo(1);
		assertThat(line.get("itemCode").asString()).isEqualTo("PRD-DESK-1200");
		assertThat(line.get("parameters").get("width").asString()).isEqualTo("1200");
		assertThat(line.get("parameters").get("depth").asString()).as("the default filled in").isEqualTo("600");
		assertThat(line.get("parameters").get("material").asString()).isEqualTo("oak");

		JsonNode read = api.as("planner").get("/api/orders/" + created.json().get("id").asLong()).json();
		assertThat(read.get("lines").get(0).get("parameters").get("width").asString()).isEqualTo("1200");
	}

	@Test
	void anOutOfRangeValueIsRefusedNamingTheLinesParameterInEnglishAndChinese() {
		var body = OrderFixtures.order(customer, List.of(OrderFixtures.productLine(OrderFixtures.DEMO_PRODUCT, "1"),
				configuredLine(Map.of("width", "2400", "material", "oak"))));
		var english = api.as("planner").post("/api/orders", body);
		assertThat(english.status()).isEqualTo(422);
		assertThat(english.fieldError("lines[1].parameters.width")).contains("Width must be between 800 and 2000 mm");
		var chinese = api.as("planner").inChinese().post("/api/orders", body);
		assertThat(chinese.fieldError("lines[1].parameters.width")).contains("必须在 800 到 2000 mm 之间");
		var unknown = api.as("planner").post("/api/orders", OrderFixtures.order(customer,
				List.of(Map.of("templateCode", "NO-SUCH-TEMPLATE", "quantity", "1"))));
		assertThat(unknown.fieldError("lines[0].templateCode")).contains("no released template NO-SUCH-TEMPLATE");
	}

	@Test
	void anImportedConfiguredLineIsCheckedTheSameAndItsErrorNamesRowAndColumn() {
		String number = Api.unique("IMP");
		String csv = "orderNumber,customer,requestedDate,lineNo,templateCode,quantity,parameters,param.depth\n"
				+ number + ",C-HOMELIVING,2030-01-10,1," + template + ",1,width=1500;material=walnut,700\n"
				+ number + ",C-HOMELIVING,2030-01-10,2," + template + ",1,width=2500;material=oak,650\n"
				+ number + ",C-HOMELIVING,2030-01-10,3," + template + ",1,width=1500;material=oak,950\n";
		var refused = api.as("planner").upload("/api/orders/import", "orders.csv",
				csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		JsonNode rows = refused.json().get("rows");
		assertThat(rows).extracting(r -> r.get("row").asInt() + ":" + r.get("field").asString())
			.containsExactly("3:parameters", "4:param.depth");
		assertThat(rows.get(0).get("message").asString()).startsWith("width: ")
			.contains("Width must be between 800 and 2000 mm");
		assertThat(api.as("planner").get("/api/orders?q=" + number).json().get("total").asLong()).isZero();
	}
}
