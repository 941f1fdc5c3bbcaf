package io.atelier.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.atelier.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** Creates the catalog records a test needs, each with a code no other test uses. */
final class CatalogFixtures {

	private final Api.Caller caller;

	CatalogFixtures(Api.Caller caller) {
		this.caller = caller;
	}

	static Map<String, Object> item(String code, String type, String procurement, Integer leadTimeDays) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("name", "测试物料 Test item " + code);
		body.put("type", type);
		body.put("unit", "PCS");
		body.put("procurement", procurement);
		body.put("leadTimeDays", leadTimeDays);
		return body;
	}

	static Map<String, Object> line(long componentItemId, String quantity, String scrapFactor) {
		Map<String, Object> line = new HashMap<>();
		line.put("componentItemId", componentItemId);
		line.put("quantity", quantity);
		line.put("scrapFactor", scrapFactor);
		return line;
	}

	static Map<String, Object> bom(long itemId, List<Map<String, Object>> lines) {
		Map<String, Object> body = new HashMap<>();
		body.put("itemId", itemId);
		body.put("lines", new ArrayList<>(lines));
		return body;
	}

	/** A new made item; returns its id. */
	long madeItem(String prefix) {
		return created("/api/items", item(Api.unique(prefix), "PART", "MAKE", null));
	}

	/** A new bought material with a 7-day lead time; returns its id. */
	long boughtItem(String prefix) {
		return created("/api/items", item(Api.unique(prefix), "MATERIAL", "BUY", 7));
	}

	long family(String prefix) {
		return created("/api/product-families", Map.of("code", Api.unique(prefix), "name", "测试产品族 Test family"));
	}

	long bom(long itemId, Map<String, Object> line) {
		return created("/api/boms", bom(itemId, List.of(line)));
	}

	/** A new work centre in the demo cutting workshop. */
	long workCenter(String prefix) {
		long workshopId = caller.get("/api/workshops?q=WS-CUT").json().get("items").get(0).get("id").asLong();
		return created("/api/work-centers", Map.of("code", Api.unique(prefix), "name", "测试工作中心 Test centre",
				"workshopId", workshopId));
	}

	/** A new machine in the work centre, on a new calendar. */
	long machine(long workCenterId) {
		long calendarId = created("/api/calendars",
				Map.of("code", Api.unique("CAL"), "name", "测试日历 Test calendar", "timeZone", "Asia/Shanghai"));
		return created("/api/machines", Map.of("code", Api.unique("MC"), "name", "测试设备 Test machine",
				"workCenterId", workCenterId, "calendarId", calendarId));
	}

	long skill(String prefix) {
		return created("/api/skills", Map.of("code", Api.unique(prefix), "name", "测试技能 Test skill"));
	}

	String code(String path, long id) {
		return caller.get(path + "/" + id).json().get("code").asString();
	}

	long created(String path, Object body) {
		var response = caller.post(path, body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}
}
