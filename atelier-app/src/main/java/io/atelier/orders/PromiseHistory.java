package io.atelier.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every promise made for an order, newest first: the date promised, the date the planning proposal offered, who
 * promised it, when, and the reason. The order keeps only the latest promise; this keeps the story.
 */
@Component
class PromiseHistory {

	private final JdbcClient jdbc;

	PromiseHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long orderId, LocalDate promised, LocalDate proposed, String reason) {
		jdbc.sql("""
				insert into order_promise (order_id, promised_date, proposed_date, reason, promised_by, promised_at)
				values (:orderId, :promised, :proposed, :reason, :by, :at)
				""")
			.param("orderId", orderId)
			.param("promised", promised)
			.param("proposed", proposed)
			.param("reason", reason)
			.param("by", currentUser())
			.param("at", java.sql.Timestamp.from(Instant.now()))
			.update();
	}

	List<Orders.PromiseView> of(long orderId) {
		return jdbc.sql("""
				select promised_date, proposed_date, reason, promised_by, promised_at
				from order_promise where order_id = :orderId order by promised_at desc, id desc
				""")
			.param("orderId", orderId)
			.query((rs, n) -> new Orders.PromiseView(rs.getObject("promised_date", LocalDate.class),
					rs.getObject("proposed_date", LocalDate.class), rs.getString("reason"), rs.getString("promised_by"),
					rs.getTimestamp("promised_at").toInstant()))
			.list();
	}

	private static String currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth.getName() == null ? "system" : auth.getName();
	}
}
