package io.atelier.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operations waiting for the shop floor, as the phone lists them (docs/shopfloor.md, "Phone screens"): ready, in
 * progress or paused, with their order and work order, quantities so far and the operator's own work session. Read
 * with plain SQL: it is a list, not a change.
 */
@Service
public class OperationQueue {

	/** How many operations a list shows at most: a phone screen, not a report. */
	public static final int LIMIT = 200;

	private static final String SELECT = """
			select op.id, op.number, op.step_no, op.name, op.status, op.work_center_id, op.skill_id,
			       op.good_quantity, op.scrap_quantity, op.rework_quantity,
			       wo.id as work_order_id, wo.number as work_order_number, wo.order_id, wo.order_number,
			       wo.item_code, wo.item_name, wo.unit, wo.quantity, wo.due_date, o.priority,
			       coalesce((select min(p.good_quantity)
			                 from work_order_operation_predecessor pr
			                 join work_order_operation p on p.work_order_id = op.work_order_id and p.step_no = pr.step_no
			                 where pr.operation_id = op.id and p.status <> 'CANCELLED'), wo.quantity) as received,
			       s.status as my_session
			from work_order_operation op
			join work_order wo on wo.id = op.work_order_id
			join customer_order o on o.id = wo.order_id
			left join work_order_operation_session s on s.operation_id = op.id and s.operator = :operator
			""";

	/**
	 * Due date of the work order first, then the order's priority (rush first), then the operation number: the order
	 * of the published schedule replaces this once there is one.
	 */
	private static final String ORDER = """
			order by wo.due_date,
			         case o.priority when 'RUSH' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end,
			         op.number
			limit :limit
			""";

	private final JdbcClient jdbc;

	OperationQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An operation in the queue. {@code number} is the full operation number ({@code SO-2026-0042/WO-03/OP-20});
	 * {@code received} what its predecessors released (the work order's quantity for a first operation);
	 * {@code mySession} the operator's own work session ({@code RUNNING}, {@code PAUSED}, {@code DONE}) or null.
	 */
	public record QueuedOperation(long id, String number, int stepNo, String name, WorkStatus status,
			long workCenterId, Long skillId, long workOrderId, String workOrderNumber, long orderId,
			String orderNumber, String itemCode, String itemName, String unit, BigDecimal quantity,
			BigDecimal received, BigDecimal good, BigDecimal scrap, BigDecimal rework, LocalDate dueDate,
			Priority priority, String mySession) {
	}

	/**
	 * The operations ready, in progress or paused that need one of {@code skillIds}, or need no skill and are done at
	 * one of {@code workCenterIds}, or on which {@code operator} has an open work session.
	 */
	@Transactional(readOnly = true)
	public List<QueuedOperation> forOperator(String operator, Collection<Long> skillIds,
			Collection<Long> workCenterIds) {
		return jdbc.sql(SELECT + """
				where op.status in ('READY', 'IN_PROGRESS', 'PAUSED')
				  and (op.skill_id = any(:skills)
				       or (op.skill_id is null and op.work_center_id = any(:centres))
				       or s.status in ('RUNNING', 'PAUSED'))
				""" + ORDER)
			.param("operator", operator)
			.param("skills", skillIds.toArray(Long[]::new))
			.param("centres", workCenterIds.toArray(Long[]::new))
			.param("limit", LIMIT)
			.query(OperationQueue::row)
			.list();
	}

	/** Every operation ready, in progress or paused: what a supervisor who is no worker sees. */
	@Transactional(readOnly = true)
	public List<QueuedOperation> all(String operator) {
		return jdbc.sql(SELECT + "where op.status in ('READY', 'IN_PROGRESS', 'PAUSED')\n" + ORDER)
			.param("operator", operator)
			.param("limit", LIMIT)
			.query(OperationQueue::row)
			.list();
	}

	/** One operation, whatever its status, with {@code operator}'s session on it. */
	@Transactional(readOnly = true)
	public Optional<QueuedOperation> find(long operationId, String operator) {
		return jdbc.sql(SELECT + "where op.id = :id")
			.param("operator", operator)
			.param("id", operationId)
			.query(OperationQueue::row)
			.optional();
	}

	private static QueuedOperation row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new QueuedOperation(rs.getLong("id"), rs.getString("number"), rs.getInt("step_no"),
				rs.getString("name"), WorkStatus.valueOf(rs.getString("status")), rs.getLong("work_center_id"),
				(Long) rs.getObject("skill_id"), rs.getLong("work_order_id"), rs.getString("work_order_number"),
				rs.getLong("order_id"), rs.getString("order_number"), rs.getString("item_code"),
				rs.getString("item_name"), rs.getString("unit"), rs.getBigDecimal("quantity"),
				rs.getBigDecimal("received"), rs.getBigDecimal("good_quantity"), rs.getBigDecimal("scrap_quantity"),
				rs.getBigDecimal("rework_quantity"), rs.getObject("due_date", LocalDate.class),
				Priority.valueOf(rs.getString("priority")), rs.getString("my_session"));
	}
}
