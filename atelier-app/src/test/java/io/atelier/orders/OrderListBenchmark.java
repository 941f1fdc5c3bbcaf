package io.atelier.orders;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import io.atelier.support.AtelierIntegrationTest;

/**
 * Prints how long the order list takes per filter at 100,000 orders: the page query (50 rows) and the count, median of
 * seven runs after a warm-up. A measurement, not a test: it asserts nothing and runs only when asked,
 * {@code ./mvnw test -pl atelier-app -Dtest=OrderListBenchmark -Datelier.bench=orders}.
 */
@AtelierIntegrationTest
@EnabledIfSystemProperty(named = "atelier.bench", matches = "orders")
class OrderListBenchmark {

	private static final int RUNS = 7;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	OrderList list;

	@Test
	void printListTimingsPerFilter() {
		HundredThousandOrders.withOrders(jdbc, transactions, customer -> {
			StringBuilder table = new StringBuilder("\n| filter | matching | page (50) ms | count ms | plan |\n|---|---:|---:|---:|---|\n");
			HundredThousandOrders.filters(customer).forEach((name, query) -> {
				Map<String, Object> parameters = HundredThousandOrders.pageParameters(list, query);
				String page = HundredThousandOrders.pageSql();
				String count = OrderList.countSql();
				long matching = jdbc.sql(count).params(parameters).query(Long.class).single();
				double pageMs = median(() -> jdbc.sql(page).params(parameters).query().listOfRows());
				double countMs = median(() -> jdbc.sql(count).params(parameters).query(Long.class).single());
				List<String> plan = HundredThousandOrders.plan(jdbc, page, parameters);
				String scan = plan.stream()
					.filter(line -> line.contains("Scan") && line.contains("customer_order"))
					.map(line -> line.trim().replaceFirst("^->\\s*", "").replaceAll("\\s*\\(cost.*", ""))
					.findFirst()
					.orElse("?");
				table.append("| %s | %d | %.1f | %.1f | %s |%n".formatted(name, matching, pageMs, countMs, scan));
			});
			System.out.println(table);
		});
	}

	private static double median(Runnable query) {
		query.run();
		double[] times = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			query.run();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times[RUNS / 2];
	}
}
