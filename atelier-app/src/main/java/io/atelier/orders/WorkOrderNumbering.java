package io.atelier.orders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers the work orders a split, a merge or an approved change request adds after those of the release:
 * {@code <order number>/WO-NN} with NN one more than any number the order ever had, so a number is never given twice
 * (a merged or cancelled work order keeps its number). The upsert locks the order's counter row until the transaction
 * ends, so two of them at once take turns.
 */
@Component
class WorkOrderNumbering {

	private final JdbcClient jdbc;

	WorkOrderNumbering(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int next(long orderId) {
		return take(orderId, 1);
	}

	/**
	 * Takes {@code count} numbers at once and answers the first; the others follow it. Whatever the order's work orders
	 * already use is skipped, also numbers written without this counter (the release).
	 */
	int take(long orderId, int count) {
		int last = jdbc.sql("""
				insert into work_order_numbering (order_id, last_seq)
				select :orderId, coalesce(max(seq), 0) + :count from work_order where order_id = :orderId
				on conflict (order_id) do update
				set last_seq = greatest(work_order_numbering.last_seq + :count, excluded.last_seq)
				returning last_seq
				""").param("orderId", orderId).param("count", count).query(Integer.class).single();
		return last - count + 1;
	}

	/** The highest number the order has given, without taking one (to preview what a change would add). */
	int highest(long orderId) {
		return jdbc.sql("""
				select greatest(coalesce((select last_seq from work_order_numbering where order_id = :orderId), 0),
				                coalesce((select max(seq) from work_order where order_id = :orderId), 0))
				""").param("orderId", orderId).query(Integer.class).single();
	}
}
