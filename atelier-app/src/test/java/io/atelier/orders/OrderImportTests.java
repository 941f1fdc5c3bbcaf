package io.atelier.orders;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
class OrderImportTests {

	private static final String HEADER = "orderNumber,customer,requestedDate,priority,notes,lineNo,templateCode,"
			+ "templateVersion,itemCode,quantity,lineDueDate,parameters\n";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	private long ordersNumbered(String prefix) {
		return jdbc.sql("select count(*) from customer_order where order_number like :p")
			.param("p", prefix + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void aFileWithOneBadRowWritesNothingAndReportsEveryBadRowAndColumn() {
		String prefix = Api.unique("IMP");
		String due = LocalDate.now().plusDays(20).toString();
		String csv = HEADER + prefix + "-1,C-HOMELIVING," + due + ",HIGH,,1,,,PRD-DESK-1200,2,,\n"
				+ prefix + "-1,C-HOMELIVING," + due + ",HIGH,,2,,,PRD-BS-800,many,,\n"
				+ prefix + "-2,NO-SUCH-CUSTOMER," + due + ",NORMAL,,1,,,PRD-DESK-1200,1,,\n"
				+ prefix + "-3,C-HOMELIVING," + due + ",NORMAL,,1,,,NO-SUCH-ITEM,1,,\n";
		var response = api.as("planner").upload("/api/orders/import", "orders.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		JsonNode rows = response.json().get("rows");
		assertThat(rows).extracting(r -> r.get("row").asInt() + ":" + r.get("field").asString())
			.containsExactly("3:quantity", "4:customer", "5:itemCode");
		assertThat(rows.get(1).get("message").asString()).isEqualTo("unknown code \"NO-SUCH-CUSTOMER\"");
		assertThat(ordersNumbered(prefix)).as("nothing half-imported").isZero();
	}

	@Test
	void aGoodFileCreatesOneDraftPerOrderNumberWithItsLinesAndTheExportHasTheSameLayout() {
		String prefix = Api.unique("IMP");
		String due = LocalDate.now().plusDays(20).toString();
		String csv = HEADER + prefix + "-1,C-HOMELIVING," + due + ",RUSH,急单,1,,,PRD-DESK-1200,2,,\n"
				+ prefix + "-1,,,,,2,,,PRD-BS-800,1," + due + ",\n"
				+ prefix + "-2,C-HOMELIVING," + due + ",,,1,,,PRD-WRD-2D,4,,\n";
		var response = api.as("planner").upload("/api/orders/import", "orders.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("created").asInt()).isEqualTo(2);

		JsonNode first = api.as("planner").get("/api/orders?q=" + prefix + "-1").json().get("items").get(0);
		JsonNode order = api.as("planner").get("/api/orders/" + first.get("id").asLong()).json();
		assertThat(order.get("priority").asString()).isEqualTo("RUSH");
		assertThat(order.get("notes").asString()).isEqualTo("急单");
		assertThat(order.get("lines")).extracting(l -> l.get("itemCode").asString())
			.containsExactly("PRD-DESK-1200", "PRD-BS-800");

		var again = api.as("planner").upload("/api/orders/import", "orders.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(again.status()).as("an import never changes existing orders").isEqualTo(422);
		assertThat(again.json().get("rows").get(0).get("field").asString()).isEqualTo("orderNumber");

		var export = api.as("planner").get("/api/orders/export?format=csv&q=" + prefix);
		assertThat(export.status()).isEqualTo(200);
		String text = new String(export.bytes(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFForderNumber,customer,requestedDate,priority,notes,lineNo").contains(
				prefix + "-1,C-HOMELIVING," + due + ",RUSH,急单,2,,,PRD-BS-800,1," + due + ",,DRAFT,");
		assertThat(text.lines().filter(line -> line.contains(prefix))).hasSize(3);
	}
}
