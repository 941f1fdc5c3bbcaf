package io.atelier.orders;

import java.time.Year;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.atelier.shared.domain.RuleViolationException;

/**
 * Order numbers (订单号), unique across all workshops without regard to case. A number the customer or ERP gives is kept
 * if it is well formed; otherwise the next one is drawn, {@code SO-<year>-<4 digits>}, from a database sequence, so that
 * app nodes never hand out the same number. The sequence does not restart each year: numbers stay unique anyway.
 */
@Component
class OrderNumbers {

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

	private final JdbcClient jdbc;

	OrderNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next() {
		long n = jdbc.sql("select nextval('customer_order_number_seq')").query(Long.class).single();
		return "SO-%d-%04d".formatted(Year.now().getValue(), n);
	}

	/** The given number, trimmed, or a 422 naming {@code orderNumber}. */
	String checked(String given) {
		String number = given.trim();
		if (!FORMAT.matcher(number).matches()) {
			throw new RuleViolationException("orderNumber", "orders.order-number.format");
		}
		return number;
	}
}
