package io.atelier.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@AtelierIntegrationTest
class AuditTrailTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUpdateRecordsOldAndNewValuesOfTheChangedFieldsOnly() {
		var planner = api.as("planner");
		String code = Api.unique("C");
		JsonNode created = planner.post("/api/customers", Map.of("code", code, "name", "Old name", "phone", "123"))
			.json();
		long id = created.get("id").asLong();
		planner.put("/api/customers/" + id,
				Map.of("version", created.get("version").asLong(), "code", code, "name", "New name", "phone", "123"));

		JsonNode update = api.as("admin")
			.get("/api/audit-entries?entityType=Customer&entityId=" + id)
			.json()
			.get("items")
			.get(0);
		assertThat(update.get("action").asString()).isEqualTo("UPDATE");
		assertThat(update.get("changes")).hasSize(1);
		assertThat(update.get("changes").get(0).get("field").asString()).isEqualTo("name");
		assertThat(update.get("changes").get(0).get("oldValue").asString()).isEqualTo("Old name");
		assertThat(update.get("changes").get(0).get("newValue").asString()).isEqualTo("New name");
	}

	@Test
	void aDeleteIsRecordedWithTheValuesThatWereDeleted() {
		var planner = api.as("planner");
		String code = Api.unique("C");
		JsonNode created = planner.post("/api/customers", Map.of("code", code, "name", "Short-lived")).json();
		long id = created.get("id").asLong();
		planner.delete("/api/customers/" + id + "?version=" + created.get("version").asLong());

		JsonNode trail = api.as("admin").get("/api/audit-entries?q=" + code).json();
		assertThat(trail.get("items")).extracting(e -> e.get("action").asString()).containsExactly("DELETE", "CREATE");
		assertThat(trail.get("items").get(0).get("changes").toString()).contains("Short-lived");
	}

	@Test
	void aRefusedChangeLeavesNoAuditEntry() {
		long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		api.as("planner").post("/api/customers", Map.of("code", "", "name", "Invalid"));
		long after = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		assertThat(after).isEqualTo(before);
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveAuditEntries() {
		api.as("planner").post("/api/customers", Map.of("code", Api.unique("C"), "name", "Audited"));
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'mallory'").update())
			.hasStackTraceContaining("audit entries cannot be changed or removed");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
			.hasStackTraceContaining("audit entries cannot be changed or removed");
	}

	@Test
	void onlyAdministratorsReadTheTrailAndItCanBeSearchedByActorAndTime() {
		assertThat(api.as("manager").get("/api/audit-entries").status()).isEqualTo(403);
		String code = Api.unique("C");
		api.as("planner").post("/api/customers", Map.of("code", code, "name", "By planner"));
		JsonNode byPlanner = api.as("admin").get("/api/audit-entries?actor=planner&q=" + code).json();
		assertThat(byPlanner.get("total").asLong()).isEqualTo(1);
		assertThat(api.as("admin").get("/api/audit-entries?actor=admin&q=" + code).json().get("total").asLong()).isZero();
		assertThat(api.as("admin").get("/api/audit-entries?from=2999-01-01T00:00:00Z").json().get("total").asLong())
			.isZero();
	}

	@Test
	void deletingARecordWithLinesRecordsItsLinesToo() {
		var planner = api.as("planner");
		String code = Api.unique("CAL");
		JsonNode calendar = planner.post("/api/calendars", Map.of("code", code, "name", "Short-lived calendar", "timeZone",
				"Asia/Shanghai", "shifts", java.util.List.of(Map.of("name", "Nachtschicht", "startTime", "22:00", "endTime",
						"06:00", "days", java.util.List.of("MON", "TUE")))))
			.json();
		var deleted = planner.delete("/api/calendars/" + calendar.get("id").asLong() + "?version="
				+ calendar.get("version").asLong());
		assertThat(deleted.status()).isEqualTo(204);

		JsonNode entry = api.as("admin").get("/api/audit-entries?entityType=Calendar&entityId=" + calendar.get("id").asLong())
			.json()
			.get("items")
			.get(0);
		assertThat(entry.get("action").asString()).isEqualTo("DELETE");
		assertThat(entry.get("changes").toString()).contains("shifts").contains("Nachtschicht");
	}
}
