package io.atelier.orders;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static io.atelier.orders.OrderFixtures.DEMO_CUSTOMER;
import static io.atelier.orders.OrderFixtures.DEMO_PRODUCT;
import static io.atelier.orders.OrderFixtures.order;
import static io.atelier.orders.OrderFixtures.productLine;
import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
class OrderApiTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPlannerEntersADraftOrderAndGetsTheNextFactoryOrderNumber() {
		var fixtures = new OrderFixtures(api);
		long customer = fixtures.newCustomer();
		Map<String, Object> body = order(customer, List.of(productLine(DEMO_PRODUCT, "3")));
		body.put("priority", "RUSH");
		body.put("notes", "送货前电话联系 Call before delivery");
		var created = api.as("planner").post("/api/orders", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode order = created.json();
		assertThat(order.get("orderNumber").asString()).matches("SO-" + Year.now() + "-\\d{4,}");
		assertThat(order.get("status").asString()).isEqualTo("DRAFT");
		assertThat(order.get("rush").asBoolean()).isTrue();
		assertThat(order.get("customerName").asString()).isEqualTo("测试客户 Test customer");
		assertThat(order.get("lines").get(0).get("lineNo").asInt()).isEqualTo(1);
		assertThat(order.get("lines").get(0).get("itemCode").asString()).isEqualTo(DEMO_PRODUCT);
		assertThat(order.get("lines").get(0).get("quantity").decimalValue()).isEqualByComparingTo("3");
		assertThat(order.get("actions")).extracting(JsonNode::asString).containsExactly("confirm", "hold", "cancel");

		JsonNode read = api.as("manager").get("/api/orders/" + order.get("id").asLong()).json();
		assertThat(read.get("notes").asString()).isEqualTo("送货前电话联系 Call before delivery");
	}

	@Test
	void anOrderNumberIsUniqueAcrossTheFactoryWithoutRegardToCase() {
		var fixtures = new OrderFixtures(api);
		long customer = fixtures.newCustomer();
		String number = Api.unique("po");
		Map<String, Object> body = order(customer, List.of(productLine(DEMO_PRODUCT, "1")));
		body.put("orderNumber", number);
		assertThat(api.as("planner").post("/api/orders", body).status()).isEqualTo(201);
		body.put("orderNumber", number.toUpperCase());
		var duplicate = api.as("planner").post("/api/orders", body);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.fieldError("orderNumber")).contains("already used");
		body.put("orderNumber", "bad number!");
		assertThat(api.as("planner").post("/api/orders", body).fieldError("orderNumber")).contains("40 letters");
	}

	@Test
	void aLineMustNameAnExistingProductAndAPositiveQuantity() {
		long customer = new OrderFixtures(api).newCustomer();
		var response = api.as("planner").inChinese().post("/api/orders", order(customer,
				List.of(productLine(DEMO_PRODUCT, "0"), productLine("NO-SUCH-ITEM", "1"), productLine("MAT-LAC-WH", "1"))));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.fieldError("lines[0].quantity")).isNotBlank();
		var unknown = api.as("planner").inChinese().post("/api/orders", order(customer,
				List.of(productLine("NO-SUCH-ITEM", "1"), productLine("MAT-LAC-WH", "1"))));
		assertThat(unknown.fieldError("lines[0].itemCode")).contains("不存在");
		assertThat(unknown.fieldError("lines[1].itemCode")).isEqualTo("MAT-LAC-WH 不是工厂销售的产品");
		var noCustomer = api.as("planner").post("/api/orders", order(987654321L, List.of()));
		assertThat(noCustomer.fieldError("customerId")).contains("does not exist");
	}

	@Test
	void twoPlannersEditingTheSameOrderTheSecondGetsAConflictAndChangesNothing() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = fixtures.draft(fixtures.newCustomer());
		long id = order.get("id").asLong();
		Map<String, Object> first = order(order.get("customerId").asLong(), List.of(productLine(DEMO_PRODUCT, "5")));
		first.put("version", order.get("version").asLong());
		assertThat(api.as("planner").put("/api/orders/" + id, first).status()).isEqualTo(200);
		Map<String, Object> second = order(order.get("customerId").asLong(), List.of(productLine(DEMO_PRODUCT, "7")));
		second.put("version", order.get("version").asLong());
		var stale = api.as("admin").put("/api/orders/" + id, second);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("type").asString()).endsWith("/stale");
		var staleConfirm = api.as("admin").post("/api/orders/" + id + "/confirm",
				Map.of("version", order.get("version").asLong()));
		assertThat(staleConfirm.status()).isEqualTo(409);
		JsonNode now = api.as("planner").get("/api/orders/" + id).json();
		assertThat(now.get("lines").get(0).get("quantity").decimalValue()).isEqualByComparingTo("5");
		assertThat(now.get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneOrder() {
		long customer = new OrderFixtures(api).newCustomer();
		var planner = api.as("planner").withHeader("Idempotency-Key", UUID.randomUUID().toString());
		Map<String, Object> body = order(customer, List.of(productLine(DEMO_PRODUCT, "1")));
		var first = planner.post("/api/orders", body);
		var retry = planner.post("/api/orders", body);
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.json().get("orderNumber").asString()).isEqualTo(first.json().get("orderNumber").asString());
		assertThat(jdbc.sql("select count(*) from customer_order where customer_id = :c").param("c", customer)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aCustomerUserSeesOnlyTheirOwnCustomersOrdersAndCannotWrite() {
		var fixtures = new OrderFixtures(api);
		JsonNode own = fixtures.draft(fixtures.customerId(DEMO_CUSTOMER));
		JsonNode other = fixtures.draft(fixtures.newCustomer());
		var customer = api.as("customer");

		assertThat(customer.get("/api/orders/" + own.get("id").asLong()).status()).isEqualTo(200);
		assertThat(customer.get("/api/orders/" + other.get("id").asLong()).status()).isEqualTo(404);
		JsonNode list = customer.get("/api/orders?size=500").json();
		assertThat(list.get("items")).isNotEmpty()
			.allSatisfy(item -> assertThat(item.get("customerCode").asString()).isEqualTo(DEMO_CUSTOMER));
		var asking = customer.get("/api/orders?customerId=" + other.get("customerId").asLong()).json();
		assertThat(asking.get("total").asLong()).isZero();
		assertThat(customer.post("/api/orders", order(own.get("customerId").asLong(), List.of())).status())
			.isEqualTo(403);
		assertThat(customer.post("/api/orders/" + own.get("id").asLong() + "/confirm", Map.of("version", 0)).status())
			.isEqualTo(403);
	}

	@Test
	void theListFiltersByStatusCustomerDueDateAndText() {
		var fixtures = new OrderFixtures(api);
		long customer = fixtures.newCustomer();
		JsonNode draft = fixtures.draft(customer);
		JsonNode confirmed = fixtures.moved(fixtures.draft(customer), api.as("admin"), "confirm");
		var planner = api.as("planner");

		JsonNode both = planner.get("/api/orders?customerId=" + customer).json();
		assertThat(both.get("total").asLong()).isEqualTo(2);
		JsonNode onlyConfirmed = planner.get("/api/orders?customerId=" + customer + "&status=CONFIRMED&status=RELEASED")
			.json();
		assertThat(onlyConfirmed.get("items")).singleElement()
			.satisfies(item -> assertThat(item.get("id").asLong()).isEqualTo(confirmed.get("id").asLong()));
		String number = draft.get("orderNumber").asString();
		JsonNode byText = planner.get("/api/orders?q=" + number.toLowerCase()).json();
		assertThat(byText.get("items")).extracting(item -> item.get("orderNumber").asString()).contains(number);
		String due = draft.get("dueDate").asString();
		JsonNode byDate = planner.get("/api/orders?customerId=" + customer + "&dueFrom=" + due + "&dueTo=" + due).json();
		assertThat(byDate.get("total").asLong()).isEqualTo(2);
		JsonNode before = planner.get("/api/orders?customerId=" + customer + "&dueTo=2000-01-01").json();
		assertThat(before.get("total").asLong()).isZero();
		assertThat(planner.get("/api/orders?sort=priority,desc&size=5").status()).isEqualTo(200);
		assertThat(planner.get("/api/orders?sort=notes").status()).isEqualTo(422);
	}

	@Test
	void lateAndAtRiskOrdersAreFlaggedAndFiltered() {
		var fixtures = new OrderFixtures(api);
		long customer = fixtures.newCustomer();
		Map<String, Object> body = order(customer, List.of(productLine(DEMO_PRODUCT, "1")));
		body.put("requestedDate", java.time.LocalDate.now().minusDays(3).toString());
		JsonNode late = api.as("planner").post("/api/orders", body).json();
		body.put("requestedDate", java.time.LocalDate.now().plusDays(2).toString());
		JsonNode soon = api.as("planner").post("/api/orders", body).json();
		JsonNode relaxed = fixtures.draft(customer); // due in 30 days

		assertThat(late.get("late").asBoolean()).isTrue();
		assertThat(soon.get("late").asBoolean()).isFalse();
		assertThat(soon.get("atRisk").asBoolean()).isTrue();
		JsonNode lateList = api.as("planner").get("/api/orders?late=true&customerId=" + customer).json();
		assertThat(lateList.get("items")).extracting(i -> i.get("id").asLong()).containsExactly(late.get("id").asLong());
		JsonNode riskList = api.as("planner").get("/api/orders?atRisk=true&customerId=" + customer).json();
		assertThat(riskList.get("items")).extracting(i -> i.get("id").asLong())
			.containsExactly(late.get("id").asLong(), soon.get("id").asLong())
			.doesNotContain(relaxed.get("id").asLong());
	}

	@Test
	void aCustomerWithOrdersCannotBeDeleted() {
		var fixtures = new OrderFixtures(api);
		long customer = fixtures.newCustomer();
		JsonNode order = fixtures.draft(customer);
		var refused = api.as("planner").delete("/api/customers/" + customer + "?version=0");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains(order.get("orderNumber").asString());
	}
}
