package io.atelier.orders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers the work orders a split or a merge adds after those of the release: {@code <order number>/WO-NN} with NN one
 * more than any number the order ever had, so a number is never given twice (a merged work order keeps its number).
 * The upsert locks the order's counter row until the transaction ends, so two splits at once take turns.
 */
@Component
class WorkOrderNumbering {

	private final JdbcClient jdbc;

	WorkOrderNumbering(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int next(long orderId) {
		return jdbc.sql("""
				insert into work_order_numbering (order_id, last_seq)
				select :orderId, coalesce(max(seq), 0) + 1 from work_order where order_id = :orderId
				on conflict (order_id) do update set last_seq = work_order_numbering.last_seq + 1
				returning last_seq
				""").param("orderId", orderId).query(Integer.class).single();
	}
}
