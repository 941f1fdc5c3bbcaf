package io.atelier.orders;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far an order's production has come: work orders and operations done of those not cancelled, and the quantity
 * made: the good quantity its last operation reported (a work order done without any report counts its whole
 * quantity). Everyone who may see the order reads it, its customer too.
 */
@Service
public class OrderProgress {

	private final JdbcClient jdbc;

	private final Orders orders;

	OrderProgress(JdbcClient jdbc, Orders orders) {
		this.jdbc = jdbc;
		this.orders = orders;
	}

	/** {@code percent} is operations done of operations to do (empty when there are none yet: not released). */
	public record ProgressView(long orderId, int workOrdersDone, int workOrdersTotal, int operationsDone,
			int operationsTotal, Integer percent, List<WorkOrderProgress> workOrders) {
	}

	public record WorkOrderProgress(long id, String number, int level, int lineNo, String itemCode, String itemName,
			String unit, BigDecimal quantity, BigDecimal quantityGood, WorkStatus status, int operationsDone,
			int operationsTotal, Integer percent) {
	}

	@Transactional(readOnly = true)
	public ProgressView of(long orderId) {
		orders.assertVisible(orderId);
		List<WorkOrderProgress> workOrders = jdbc.sql("""
				select w.id, w.number, w.level, w.line_no, w.item_code, w.item_name, w.unit, w.quantity, w.status,
				       count(o.id) filter (where o.status = 'DONE') as done,
				       count(o.id) filter (where o.status <> 'CANCELLED') as total,
				       (select l.good_quantity from work_order_operation l
				         where l.work_order_id = w.id and l.status <> 'CANCELLED'
				         order by l.step_no desc limit 1) as last_good
				  from work_order w left join work_order_operation o on o.work_order_id = w.id
				 where w.order_id = :order
				 group by w.id
				 order by w.seq
				""")
			.param("order", orderId)
			.query((rs, n) -> {
				WorkStatus status = WorkStatus.valueOf(rs.getString("status"));
				int done = rs.getInt("done");
				int total = rs.getInt("total");
				BigDecimal quantity = rs.getBigDecimal("quantity").stripTrailingZeros();
				return new WorkOrderProgress(rs.getLong("id"), rs.getString("number"), rs.getInt("level"),
						rs.getInt("line_no"), rs.getString("item_code"), rs.getString("item_name"), rs.getString("unit"),
						quantity, good(rs.getBigDecimal("last_good"), status, quantity), status, done, total,
						status == WorkStatus.DONE ? Integer.valueOf(100) : percent(done, total));
			})
			.list();
		List<WorkOrderProgress> counted = workOrders.stream().filter(w -> w.status() != WorkStatus.CANCELLED).toList();
		int done = counted.stream().mapToInt(WorkOrderProgress::operationsDone).sum();
		int total = counted.stream().mapToInt(WorkOrderProgress::operationsTotal).sum();
		return new ProgressView(orderId, (int) counted.stream().filter(w -> w.status() == WorkStatus.DONE).count(),
				counted.size(), done, total, percent(done, total), workOrders);
	}

	/** What the last operation reported good; a work order done without reports counts its whole quantity. */
	private static BigDecimal good(BigDecimal lastGood, WorkStatus status, BigDecimal quantity) {
		if (lastGood != null && lastGood.signum() > 0) {
			return lastGood.stripTrailingZeros();
		}
		return status == WorkStatus.DONE ? quantity : BigDecimal.ZERO;
	}

	private static Integer percent(int done, int total) {
		return total == 0 ? null : done * 100 / total;
	}
}
