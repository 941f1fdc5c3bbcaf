package io.atelier.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.atelier.orders.OrderList.OrderFilter;

/**
 * 100,000 orders of 200 customers, with one line each, spread over two years of due dates, every status, a promised
 * date on every fifth: inserted with {@code generate_series} inside a transaction that is rolled back afterwards, so the
 * shared test database is left as it was. Used by the index test and by the list benchmark.
 */
final class HundredThousandOrders {

	static final int ORDERS = 100_000;

	/** The web UI's page size. */
	static final int PAGE_SIZE = 20;

	/** Each list filter a planner uses, by name; the text filters hit a handful of orders. */
	static Map<String, Query> filters(long someCustomer) {
		LocalDate today = LocalDate.now();
		Map<String, Query> filters = new LinkedHashMap<>();
		filters.put("no filter (due date order)", new Query(filter(null, null, null, null, null, null), null));
		filters.put("status = RELEASED", new Query(filter(List.of(OrderStatus.RELEASED), null, null, null, null, null), null));
		filters.put("status in (CONFIRMED, ON_HOLD)",
				new Query(filter(List.of(OrderStatus.CONFIRMED, OrderStatus.ON_HOLD), null, null, null, null, null), null));
		filters.put("customer", new Query(filter(null, someCustomer, null, null, null, null), null));
		filters.put("due date in one week", new Query(filter(null, null, today, today.plusDays(6), null, null), null));
		filters.put("late", new Query(filter(null, null, null, null, true, null), null));
		filters.put("at risk", new Query(filter(null, null, null, null, null, true), null));
		filters.put("text: order number", new Query(filter(null, null, null, null, null, null), "bench-4242"));
		filters.put("text: customer name", new Query(filter(null, null, null, null, null, null), "bench customer 0042"));
		filters.put("text: customer name + status", new Query(filter(List.of(OrderStatus.RELEASED), null, null, null, null,
				null), "bench customer 0042"));
		filters.put("customer + status + late", new Query(
				filter(List.of(OrderStatus.RELEASED, OrderStatus.CONFIRMED), someCustomer, null, null, true, null), null));
		return filters;
	}

	record Query(OrderFilter filter, String q) {
	}

	private static OrderFilter filter(List<OrderStatus> status, Long customer, LocalDate from, LocalDate to, Boolean late,
			Boolean atRisk) {
		return new OrderFilter(status, customer, from, to, late, atRisk);
	}

	/** Inserts the orders, runs {@code work} with the id of one of the customers, and rolls everything back. */
	static void withOrders(JdbcClient jdbc, PlatformTransactionManager transactions, java.util.function.LongConsumer work) {
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			long someCustomer = insert(jdbc);
			try {
				work.accept(someCustomer);
			}
			finally {
				tx.setRollbackOnly();
			}
		});
	}

	/**
	 * Inserts the orders in the caller's transaction (or committed, outside one, so that requests over HTTP see them)
	 * and analyses the tables; returns the id of one of the customers.
	 */
	static long insert(JdbcClient jdbc) {
		String run = Long.toString(System.nanoTime(), 36);
		jdbc.sql("""
				insert into customer (code, name, created_at, updated_at)
				select 'BENCH-' || :run || '-' || c, '基准客户 Bench customer ' || lpad(c::text, 4, '0'), now(), now()
				  from generate_series(1, 200) c
				""").param("run", run).update();
		long first = jdbc.sql("select min(id) from customer where code like 'BENCH-' || :run || '-%'")
			.param("run", run).query(Long.class).single();
		jdbc.sql("""
				insert into customer_order (order_number, customer_id, customer_code, customer_name, requested_date,
				                            promised_date, priority, notes, status, created_at, updated_at)
				select 'BENCH-' || i, :first + i % 200, 'BENCH-' || (i % 200), '基准客户 Bench customer ' || lpad((i % 200)::text, 4, '0'),
				       current_date + (i % 730) - 365,
				       case when i % 5 = 0 then current_date + (i % 730) - 365 + (i % 21) - 10 end,
				       (array['LOW','NORMAL','NORMAL','HIGH','RUSH'])[i % 5 + 1],
				       case when i % 3 = 0 then 'note ' || md5(i::text) end,
				       (array['DRAFT','CONFIRMED','RELEASED','IN_PRODUCTION','COMPLETED','SHIPPED','ON_HOLD','CANCELLED'])[i % 8 + 1],
				       now() - (i || ' minutes')::interval, now()
				  from generate_series(1, :orders) i
				""").param("first", first).param("orders", ORDERS).update();
		jdbc.sql("""
				insert into order_line (order_id, line_no, item_code, quantity)
				select id, 1, 'PRD-DESK-1200', 1 from customer_order where order_number like 'BENCH-%'
				""").update();
		jdbc.sql("analyze customer_order").update();
		jdbc.sql("analyze order_line").update();
		return first + 42;
	}

	/** The list's page query for a filter, with its parameters, as {@link OrderList} sends it. */
	static Map<String, Object> pageParameters(OrderList list, Query query) {
		Map<String, Object> parameters = new LinkedHashMap<>(list.parameters(query.filter(), query.q(), LocalDate.now()));
		parameters.put("limit", PAGE_SIZE);
		parameters.put("offset", 0);
		return parameters;
	}

	static String pageSql() {
		return OrderList.pageSql(Sort.by("dueDate"));
	}

	static List<String> plan(JdbcClient jdbc, String sql, Map<String, Object> parameters) {
		return new ArrayList<>(jdbc.sql("explain " + sql).params(parameters).query(String.class).list());
	}

	private HundredThousandOrders() {
	}
}
