package io.atelier.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.atelier.catalog.Items;
import io.atelier.customers.Customers;
import io.atelier.orders.Orders.LineCommand;
import io.atelier.orders.Orders.OrderCommand;
import io.atelier.orders.Orders.OrderView;
import io.atelier.orders.Orders.TransitionCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's acceptance: releasing 1,000 configured orders (3-level BOMs, about 20 operations each) takes under 10 s in
 * total. A kitchen base cabinet template on the demo catalog: the cabinet (3 steps) is made of a carcass (1 step; sides
 * and top/bottom panels of 3 steps each, a back panel of 1), one or two lacquered doors (5 steps; a door blank of 2)
 * and 1–3 shelves (3 steps), plus bought hinges, handles and cartons: 8 work orders on 3 levels and 21 operations an
 * order. The orders are entered and confirmed through {@link Orders} (not timed), then released over HTTP (timed):
 * {@code single}, one after the other through {@code POST /api/orders/{id}/release}, as the order page does (total and
 * each request); {@code bulk}, as many others all at once through {@code POST /api/orders/release}, as the order list's
 * "release selected" does ({@code -Datelier.bench.modes=single,bulk}, the default, or one of them).
 * A measurement, not a test: it runs only when asked,
 * {@code ./mvnw test -pl atelier-app -Dtest=OrderReleaseBenchmark -Datelier.bench=release -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Datelier.bench.orders=N} for another count).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atelier.data-dir=target/test-data/bench-release-${random.uuid}", "atelier.demo-data=true",
				"atelier.demo-orders=false" })
@EnabledIfSystemProperty(named = "atelier.bench", matches = "release")
class OrderReleaseBenchmark {

	private static final int ORDERS = Integer.getInteger("atelier.bench.orders", 1000);

	private static final int WARM_UP = 30;

	/** {@code single}: one request per order, one after the other; {@code bulk}: all in one bulk request. */
	private static final String MODES = System.getProperty("atelier.bench.modes", "single,bulk");

	@LocalServerPort
	int port;

	@Autowired
	Orders orders;

	@Autowired
	Items items;

	@Autowired
	Customers customers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void printReleaseTimings() {
		BenchHttp planner = new BenchHttp(port, "planner");
		String template = cabinetTemplate(planner);
		long customer = customers.findByCode("C-HOMELIVING").orElseThrow().id();
		List<OrderView> warmUp = entered(customer, template, WARM_UP, 0);
		warmUp.subList(0, WARM_UP / 2).forEach(order -> release(planner, order));
		bulk(planner, warmUp.subList(WARM_UP / 2, WARM_UP));
		StringBuilder table = new StringBuilder("""

				| how | releases | work orders | operations | levels | total s | orders/s | p50 ms | p95 ms | p99 ms | max ms | load before → after |
				|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
				""");
		if (MODES.contains("single")) {
			List<OrderView> confirmed = entered(customer, template, ORDERS, WARM_UP);
			String loadBefore = BenchHttp.load();
			double[] millis = new double[ORDERS];
			long start = System.nanoTime();
			for (int i = 0; i < ORDERS; i++) {
				millis[i] = release(planner, confirmed.get(i));
			}
			table.append(row("one request per order, one after the other", confirmed, millis,
					(System.nanoTime() - start) / 1e9, loadBefore));
		}
		if (MODES.contains("bulk")) {
			List<OrderView> confirmed = entered(customer, template, ORDERS, WARM_UP + ORDERS);
			String loadBefore = BenchHttp.load();
			long start = System.nanoTime();
			double[] millis = { bulk(planner, confirmed) };
			table.append(row("one bulk request (POST /api/orders/release)", confirmed, millis,
					(System.nanoTime() - start) / 1e9, loadBefore));
		}
		System.out.println(table);
	}

	private List<OrderView> entered(long customer, String template, int count, int offset) {
		long entering = System.nanoTime();
		List<OrderView> confirmed = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			confirmed.add(confirmedOrder(customer, template, offset + i));
		}
		System.out.printf("%nEntered and confirmed %d orders in %.1f s (not timed)%n", count,
				(System.nanoTime() - entering) / 1e9);
		return confirmed;
	}

	private String row(String how, List<OrderView> released, double[] millis, double total, String loadBefore) {
		List<Long> ids = released.stream().map(OrderView::id).toList();
		long workOrders = jdbc.sql("select count(*) from work_order where order_id in (:ids)")
			.param("ids", ids).query(Long.class).single();
		long operations = jdbc.sql("""
				select count(*) from work_order_operation o join work_order w on w.id = o.work_order_id
				 where w.order_id in (:ids)""").param("ids", ids).query(Long.class).single();
		long levels = jdbc.sql("select max(level) from work_order where order_id in (:ids)")
			.param("ids", ids).query(Long.class).single();
		return "| %s | %d | %d | %d | %d | %.2f | %.0f | %.1f | %.1f | %.1f | %.1f | %s → %s |%n".formatted(how,
				released.size(), workOrders, operations, levels, total, released.size() / total,
				BenchHttp.percentile(millis, 50), BenchHttp.percentile(millis, 95), BenchHttp.percentile(millis, 99),
				BenchHttp.percentile(millis, 100), loadBefore, BenchHttp.load());
	}

	/** Releases the orders in one bulk request; every one must be released. Returns the request's milliseconds. */
	private double bulk(BenchHttp planner, List<OrderView> orders) {
		List<Map<String, Object>> items = orders.stream()
			.map(order -> Map.<String, Object>of("id", order.id(), "version", order.version()))
			.toList();
		BenchHttp.Answer answer = planner.post("/api/orders/release", Map.of("orders", items));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(planner.json(answer).get("released").asInt()).as(answer.body()).isEqualTo(orders.size());
		return answer.millis();
	}

	private double release(BenchHttp planner, OrderView order) {
		BenchHttp.Answer answer = planner.post("/api/orders/" + order.id() + "/release",
				Map.of("version", order.version()));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.millis();
	}

	private OrderView confirmedOrder(long customer, String template, int i) {
		Map<String, String> values = Map.of("doors", Integer.toString(1 + i % 2), "shelves",
				Integer.toString(1 + i % 3), "width", Integer.toString(400 + 50 * (i % 9)));
		OrderView draft = orders.create(new OrderCommand(null, null, customer, LocalDate.now().plusDays(20 + i % 40),
				Priority.NORMAL, null, List.of(new LineCommand(1, template, null, values, null,
						BigDecimal.valueOf(1 + i % 4), null))));
		return orders.confirm(draft.id(), new TransitionCommand(draft.version(), null));
	}

	/** A base cabinet template on the demo's PRD-BASE-600, created and released through the API; returns its code. */
	private String cabinetTemplate(BenchHttp planner) {
		String code = "TPL-BENCH-" + Long.toString(System.nanoTime(), 36).toUpperCase();
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("name", "基准地柜 Bench base cabinet");
		body.put("itemId", item("PRD-BASE-600"));
		body.put("parameters", List.of(number("width", 300, 900, "600"), number("doors", 1, 2, "1"),
				number("shelves", 1, 3, "1")));
		body.put("bomRules", List.of(bom("SUB-CARCASS-600", "1"), bom("SUB-DOOR-WH", "doors"),
				bom("PRT-SHELF-600", "shelves"), bom("MAT-HINGE", "2 * doors"), bom("MAT-HANDLE", "doors"),
				bom("MAT-CARTON", "if(width > 600, 2, 1)")));
		body.put("stepRules", List.of(step(10, "6 * doors"), step(20, "2 + 2 * shelves"), step(30, "4 + width / 300")));
		BenchHttp.Answer created = planner.post("/api/product-templates", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var view = planner.json(created);
		BenchHttp.Answer released = planner.post("/api/product-templates/" + view.get("id").asLong()
				+ "/versions/1/release?version=" + view.get("version").asLong(), Map.of());
		assertThat(released.status()).as(released.body()).isEqualTo(200);
		return code;
	}

	private long item(String code) {
		return items.findByCode(code).orElseThrow().id();
	}

	private static Map<String, Object> number(String code, int min, int max, String defaultValue) {
		return Map.of("code", code, "name", code, "kind", "NUMBER", "required", true, "min", min, "max", max,
				"decimals", 0, "defaultValue", defaultValue);
	}

	private Map<String, Object> bom(String component, String quantity) {
		return Map.of("componentItemId", item(component), "quantity", quantity);
	}

	private static Map<String, Object> step(int stepNo, String runMinutes) {
		return Map.of("stepNo", stepNo, "runMinutes", runMinutes);
	}
}
