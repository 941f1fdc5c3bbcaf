package io.atelier.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operations as the shop floor's boards and live updates read them (docs/shopfloor.md, "Supervisor board" and "Live
 * progress"): plain reads, no visibility check (the callers filter: a board is for staff, a live update reaches a
 * customer only for their own orders).
 */
@Service
public class ShopFloorOperations {

	/** Open work: operations not done of work orders and orders still to make (held orders included). */
	private static final String BOARD = """
			select op.id, op.number, op.name, op.work_center_id, op.status, op.good_quantity, op.scrap_quantity,
			       wo.id as work_order_id, wo.number as work_order_number, wo.status as work_order_status, wo.item_code,
			       wo.item_name, wo.unit, wo.quantity, o.due_date, o.id as order_id, o.order_number,
			       o.status as order_status,
			       not exists (select 1 from work_order_operation_predecessor pr
			                   join work_order_operation p on p.work_order_id = op.work_order_id and p.step_no = pr.step_no
			                   where pr.operation_id = op.id and p.status in ('PENDING', 'READY')) as predecessors_started,
			       (select string_agg(s.operator, ',' order by s.operator) from work_order_operation_session s
			         where s.operation_id = op.id and s.status <> 'DONE') as operators
			from work_order_operation op
			join work_order wo on wo.id = op.work_order_id
			join customer_order o on o.id = wo.order_id
			where op.work_center_id in (:centers)
			  and ((op.status in ('PENDING', 'READY', 'IN_PROGRESS', 'PAUSED')
			        and wo.status not in ('DONE', 'CANCELLED', 'MERGED')
			        and o.status in ('RELEASED', 'IN_PRODUCTION', 'ON_HOLD'))
			       or (op.status = 'DONE' and op.id in (:done)))
			order by o.due_date, op.number
			""";

	/**
	 * An operation on a board: {@code predecessorsStarted} is true when none of its predecessors is still waiting or
	 * ready (they run or are done); {@code operators} are those with an open work session ({@code worker:<id>} or
	 * {@code user:<username>}).
	 */
	public record BoardOperation(long id, String number, String name, long workCenterId, WorkStatus status,
			BigDecimal good, BigDecimal scrap, long workOrderId, String workOrderNumber, WorkStatus workOrderStatus,
			String itemCode, String itemName, String unit, BigDecimal quantity, LocalDate dueDate, long orderId,
			String orderNumber, OrderStatus orderStatus, boolean predecessorsStarted, List<String> operators) {
	}

	/** Where an operation stands, with its order and the order's customer. */
	public record OperationState(long id, String number, WorkStatus status, BigDecimal good, BigDecimal scrap,
			long workOrderId, long orderId, long customerId) {
	}

	/** An operation in progress, for the overrun check. */
	public record RunningOperation(long id, String number, long workOrderId, long orderId) {
	}

	private final JdbcClient jdbc;

	ShopFloorOperations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The open operations of these work centres, and those of {@code doneIds} that are done. */
	@Transactional(readOnly = true)
	public List<BoardOperation> atWorkCenters(Collection<Long> workCenterIds, Collection<Long> doneIds) {
		if (workCenterIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(BOARD)
			.param("centers", workCenterIds)
			.param("done", doneIds.isEmpty() ? List.of(-1L) : doneIds)
			.query((rs, n) -> new BoardOperation(rs.getLong("id"), rs.getString("number"), rs.getString("name"),
					rs.getLong("work_center_id"), WorkStatus.valueOf(rs.getString("status")),
					rs.getBigDecimal("good_quantity").stripTrailingZeros(),
					rs.getBigDecimal("scrap_quantity").stripTrailingZeros(), rs.getLong("work_order_id"),
					rs.getString("work_order_number"), WorkStatus.valueOf(rs.getString("work_order_status")),
					rs.getString("item_code"), rs.getString("item_name"), rs.getString("unit"),
					rs.getBigDecimal("quantity").stripTrailingZeros(), rs.getObject("due_date", LocalDate.class),
					rs.getLong("order_id"), rs.getString("order_number"),
					OrderStatus.valueOf(rs.getString("order_status")), rs.getBoolean("predecessors_started"),
					operators(rs.getString("operators"))))
			.list();
	}

	/** An operation's state now (inside the caller's transaction: what it changed so far). */
	@Transactional(readOnly = true)
	public Optional<OperationState> state(long operationId) {
		return jdbc.sql("""
				select op.id, op.number, op.status, op.good_quantity, op.scrap_quantity, wo.id as work_order_id,
				       o.id as order_id, o.customer_id
				from work_order_operation op
				join work_order wo on wo.id = op.work_order_id
				join customer_order o on o.id = wo.order_id
				where op.id = :id
				""")
			.param("id", operationId)
			.query((rs, n) -> new OperationState(rs.getLong("id"), rs.getString("number"),
					WorkStatus.valueOf(rs.getString("status")), rs.getBigDecimal("good_quantity").stripTrailingZeros(),
					rs.getBigDecimal("scrap_quantity").stripTrailingZeros(), rs.getLong("work_order_id"),
					rs.getLong("order_id"), rs.getLong("customer_id")))
			.optional();
	}

	/** The operations in progress now (not paused), across the factory. */
	@Transactional(readOnly = true)
	public List<RunningOperation> inProgress() {
		return jdbc.sql("""
				select op.id, op.number, wo.id as work_order_id, wo.order_id
				from work_order_operation op join work_order wo on wo.id = op.work_order_id
				where op.status = 'IN_PROGRESS'
				order by op.id
				""")
			.query((rs, n) -> new RunningOperation(rs.getLong("id"), rs.getString("number"), rs.getLong("work_order_id"),
					rs.getLong("order_id")))
			.list();
	}

	private static List<String> operators(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}
}
