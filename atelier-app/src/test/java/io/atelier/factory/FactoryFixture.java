package io.atelier.factory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.atelier.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Records of the factory that API tests need, created through the API as a planner. */
final class FactoryFixture {

	private final Api.Caller planner;

	FactoryFixture(Api api) {
		this.planner = api.as("planner");
	}

	/** The id of the record with this code, e.g. a demo workshop. */
	long idOf(String resource, String code) {
		for (JsonNode item : planner.get("/api/" + resource + "?size=500&q=" + code).json().get("items")) {
			if (item.get("code").asString().equals(code)) {
				return item.get("id").asLong();
			}
		}
		throw new AssertionError("no " + resource + " " + code);
	}

	static Map<String, Object> workCenterBody(String code, long workshopId) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("name", "试验线 Test line " + code);
		body.put("workshopId", workshopId);
		body.put("description", "test");
		return body;
	}

	static Map<String, Object> calendarBody(String code) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("name", "试验日历 Test calendar");
		body.put("shifts", List.of(shiftBody("Day", "08:00", "16:30", "MON", "TUE", "WED", "THU", "FRI")));
		return body;
	}

	static Map<String, Object> shiftBody(String name, String start, String end, String... days) {
		return Map.of("name", name, "startTime", start, "endTime", end, "days", List.of(days));
	}

	static Map<String, Object> machineBody(String code, long workCenterId, long calendarId) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("name", "试验设备 Test machine");
		body.put("workCenterId", workCenterId);
		body.put("calendarId", calendarId);
		body.put("model", "T-1000");
		return body;
	}

	JsonNode create(String resource, Map<String, Object> body) {
		Api.Response created = planner.post("/api/" + resource, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	long workCenter(String workshopCode) {
		return create("work-centers", workCenterBody(Api.unique("WC"), idOf("workshops", workshopCode))).get("id")
			.asLong();
	}

	long calendar() {
		return create("calendars", calendarBody(Api.unique("CAL"))).get("id").asLong();
	}

	JsonNode machine(long workCenterId, long calendarId) {
		return create("machines", machineBody(Api.unique("M"), workCenterId, calendarId));
	}
}
