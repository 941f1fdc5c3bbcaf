package io.atelier.orders;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which work orders a batch was merged from ({@code work_order_source}), written once at the merge. */
@Component
class WorkOrderSources {

	/** One source of a batch: the work order merged, its order and line, and the quantity it brought. */
	record Source(long batchId, String batchNumber, long sourceId, long orderId, String orderNumber,
			String workOrderNumber, int lineNo, BigDecimal quantity) {
	}

	private static final String SELECT = """
			select s.batch_id, b.number as batch_number, s.source_id, s.order_id, s.order_number, s.work_order_number,
			       s.line_no, s.quantity
			from work_order_source s join work_order b on b.id = s.batch_id
			""";

	private final JdbcClient jdbc;

	WorkOrderSources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void write(WorkOrder batch, List<WorkOrder> sources) {
		for (int i = 0; i < sources.size(); i++) {
			WorkOrder source = sources.get(i);
			jdbc.sql("""
					insert into work_order_source (batch_id, position, source_id, order_id, order_number,
					                               work_order_number, line_no, quantity)
					values (:batchId, :position, :sourceId, :orderId, :orderNumber, :workOrderNumber, :lineNo, :quantity)
					""")
				.param("batchId", batch.getId())
				.param("position", i)
				.param("sourceId", source.getId())
				.param("orderId", source.getOrderId())
				.param("orderNumber", source.getOrderNumber())
				.param("workOrderNumber", source.getNumber())
				.param("lineNo", source.getLineNo())
				.param("quantity", source.getQuantity())
				.update();
		}
	}

	/** The sources of these batches, by batch, in the order they were merged. */
	Map<Long, List<Source>> ofBatches(Collection<Long> batchIds) {
		if (batchIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(SELECT + " where s.batch_id in (:ids) order by s.batch_id, s.position")
			.param("ids", batchIds)
			.query(Source.class)
			.stream()
			.collect(Collectors.groupingBy(Source::batchId));
	}

	/** For each of these work orders that was merged, the batch that makes it. */
	Map<Long, Source> mergedInto(Collection<Long> workOrderIds) {
		if (workOrderIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(SELECT + " where s.source_id in (:ids)")
			.param("ids", workOrderIds)
			.query(Source.class)
			.stream()
			.collect(Collectors.toMap(Source::sourceId, s -> s));
	}

	/** The batches that make work orders of this order, though they belong to another order. */
	List<Long> foreignBatchesOf(long orderId) {
		return jdbc.sql("""
				select distinct s.batch_id from work_order_source s join work_order b on b.id = s.batch_id
				where s.order_id = :orderId and b.order_id <> :orderId order by s.batch_id
				""").param("orderId", orderId).query(Long.class).list();
	}

	boolean isBatch(long workOrderId) {
		return jdbc.sql("select exists (select 1 from work_order_source where batch_id = :id)")
			.param("id", workOrderId)
			.query(Boolean.class)
			.single();
	}
}
