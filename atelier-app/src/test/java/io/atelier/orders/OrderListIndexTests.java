package io.atelier.orders;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import io.atelier.support.AtelierIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 100,000 orders, every filter of the order list is answered from an index: PostgreSQL's plan for the page query
 * never reads the whole order table. (How long the queries take is measured by {@link OrderListBenchmark}, not here.)
 */
@AtelierIntegrationTest
class OrderListIndexTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	OrderList list;

	@Test
	void everyListFilterUsesAnIndexAtAHundredThousandOrders() {
		List<String> sequential = new ArrayList<>();
		HundredThousandOrders.withOrders(jdbc, transactions, customer -> {
			HundredThousandOrders.filters(customer).forEach((name, query) -> {
				List<String> plan = HundredThousandOrders.plan(jdbc, HundredThousandOrders.pageSql(),
						HundredThousandOrders.pageParameters(list, query));
				if (plan.stream().anyMatch(line -> line.contains("Seq Scan on customer_order"))) {
					sequential.add(name + ":\n" + String.join("\n", plan));
				}
				assertThat(plan).as(name).anyMatch(line -> line.contains("Index") || line.contains("Bitmap"));
			});
		});
		assertThat(sequential).as("list queries that read the whole order table").isEmpty();
	}
}
