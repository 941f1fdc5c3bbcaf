package io.atelier.shopfloor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.atelier.orders.OperationFinished;

/**
 * When operations were finished, for the board's "done today": written in the transaction that finished the
 * operation, whether by a phone's report or a supervisor's action.
 */
@Component
class FinishedOperations {

	private final JdbcClient jdbc;

	FinishedOperations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(OperationFinished event) {
		jdbc.sql("""
				insert into shopfloor_operation_done (operation_id, finished_at) values (:id, :at)
				on conflict (operation_id) do update set finished_at = excluded.finished_at
				""")
			.param("id", event.operationId())
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	List<Long> since(Instant from) {
		return jdbc.sql("select operation_id from shopfloor_operation_done where finished_at >= :from")
			.param("from", Timestamp.from(from))
			.query(Long.class)
			.list();
	}
}
