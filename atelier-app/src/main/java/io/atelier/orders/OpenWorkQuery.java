package io.atelier.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.atelier.orders.OrderWork.MachineTime;
import io.atelier.orders.OrderWork.MaterialWork;
import io.atelier.orders.OrderWork.OperationWork;
import io.atelier.orders.OrderWork.WorkOfOrder;
import io.atelier.orders.OrderWork.WorkOrderWork;

/**
 * Reads the factory's open work ({@link OrderWork#open()}) in five queries, whatever its size: work orders, operations,
 * their machines, their predecessors and the materials, each over the same set of open work orders.
 */
@Component
class OpenWorkQuery {

	/** The open work orders: not done nor cancelled, of orders released or in production. */
	private static final String OPEN = """
			select wo.id from work_order wo join customer_order o on o.id = wo.order_id
			where wo.status not in ('DONE', 'CANCELLED') and o.status in ('RELEASED', 'IN_PRODUCTION')
			""";

	private static final String WORK_ORDERS = """
			select wo.id, wo.order_id, o.order_number, o.status as order_status, o.priority, o.requested_date,
			       o.due_date, wo.seq, p.seq as parent_seq, wo.number, wo.item_id, wo.item_code, wo.quantity,
			       wo.created_at
			from work_order wo
			join customer_order o on o.id = wo.order_id
			left join work_order p on p.id = wo.parent_id
			where wo.id in (%s)
			order by wo.order_id, wo.seq
			""".formatted(OPEN);

	private static final String OPERATIONS = """
			select op.id, op.work_order_id, op.number, op.step_no, op.name, op.work_center_id, op.skill_id, op.workers,
			       op.min_lag_minutes, op.status
			from work_order_operation op
			where op.status not in ('DONE', 'CANCELLED') and op.work_order_id in (%s)
			order by op.work_order_id, op.step_no
			""".formatted(OPEN);

	private static final String MACHINES = """
			select m.operation_id, m.machine_id, m.run_minutes, m.setup_minutes
			from work_order_operation_machine m join work_order_operation op on op.id = m.operation_id
			where op.status not in ('DONE', 'CANCELLED') and op.work_order_id in (%s)
			order by m.operation_id, m.position
			""".formatted(OPEN);

	private static final String PREDECESSORS = """
			select pr.operation_id, pr.step_no
			from work_order_operation_predecessor pr join work_order_operation op on op.id = pr.operation_id
			where op.status not in ('DONE', 'CANCELLED') and op.work_order_id in (%s)
			order by pr.operation_id, pr.step_no
			""".formatted(OPEN);

	private static final String MATERIALS = """
			select m.work_order_id, m.item_id, m.item_code, m.item_name, m.quantity, m.lead_time_days
			from work_order_material m
			where m.work_order_id in (%s)
			order by m.work_order_id, m.position
			""".formatted(OPEN);

	private final JdbcClient jdbc;

	OpenWorkQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record OrderHead(long id, String number, OrderStatus status, Priority priority, LocalDate requested,
			LocalDate due) {
	}

	private record WorkOrderRow(long id, OrderHead order, int seq, Integer parentSeq, String number, long itemId,
			String itemCode, BigDecimal quantity, Instant releasedAt) {
	}

	private record OperationRow(long id, long workOrderId, String number, int stepNo, String name, long workCenterId,
			Long skillId, int workers, int minLag, WorkStatus status) {
	}

	List<WorkOfOrder> read() {
		Map<Long, List<MachineTime>> machines = new HashMap<>();
		jdbc.sql(MACHINES).query(rs -> {
			machines.computeIfAbsent(rs.getLong("operation_id"), k -> new ArrayList<>())
				.add(new MachineTime(rs.getLong("machine_id"), rs.getBigDecimal("run_minutes"), rs.getInt("setup_minutes")));
		});
		Map<Long, List<Integer>> predecessors = new HashMap<>();
		jdbc.sql(PREDECESSORS).query(rs -> {
			predecessors.computeIfAbsent(rs.getLong("operation_id"), k -> new ArrayList<>()).add(rs.getInt("step_no"));
		});
		Map<Long, List<MaterialWork>> materials = new HashMap<>();
		jdbc.sql(MATERIALS).query(rs -> {
			materials.computeIfAbsent(rs.getLong("work_order_id"), k -> new ArrayList<>())
				.add(new MaterialWork(rs.getLong("item_id"), rs.getString("item_code"), rs.getString("item_name"),
						rs.getBigDecimal("quantity"), (Integer) rs.getObject("lead_time_days")));
		});
		Map<Long, List<OperationWork>> operations = new HashMap<>();
		jdbc.sql(OPERATIONS).query((rs, n) -> new OperationRow(rs.getLong("id"), rs.getLong("work_order_id"),
				rs.getString("number"), rs.getInt("step_no"), rs.getString("name"), rs.getLong("work_center_id"),
				(Long) rs.getObject("skill_id"), rs.getInt("workers"), rs.getInt("min_lag_minutes"),
				WorkStatus.valueOf(rs.getString("status"))))
			.list()
			.forEach(op -> operations.computeIfAbsent(op.workOrderId(), k -> new ArrayList<>())
				.add(new OperationWork(op.number(), op.stepNo(), op.name(), op.workCenterId(), op.skillId(),
						op.workers(), op.minLag(), predecessors.getOrDefault(op.id(), List.of()),
						machines.getOrDefault(op.id(), List.of()), op.status())));
		Map<Long, OrderHead> heads = new HashMap<>();
		Map<OrderHead, List<WorkOrderWork>> byOrder = new LinkedHashMap<>();
		jdbc.sql(WORK_ORDERS).query((rs, n) -> new WorkOrderRow(rs.getLong("id"),
				heads.computeIfAbsent(rs.getLong("order_id"), id -> head(id, rs)), rs.getInt("seq"),
				(Integer) rs.getObject("parent_seq"), rs.getString("number"), rs.getLong("item_id"),
				rs.getString("item_code"), rs.getBigDecimal("quantity"),
				rs.getTimestamp("created_at").toInstant()))
			.list()
			.forEach(wo -> byOrder.computeIfAbsent(wo.order(), k -> new ArrayList<>())
				.add(new WorkOrderWork(wo.seq(), wo.parentSeq(), wo.number(), wo.itemId(), wo.itemCode(),
						wo.quantity(), wo.releasedAt(), operations.getOrDefault(wo.id(), List.of()),
						materials.getOrDefault(wo.id(), List.of()))));
		return byOrder.entrySet()
			.stream()
			.map(e -> new WorkOfOrder(e.getKey().id(), e.getKey().number(), e.getKey().status(), e.getKey().priority(),
					e.getKey().requested(), e.getKey().due(), List.copyOf(e.getValue())))
			.toList();
	}

	private static OrderHead head(long id, java.sql.ResultSet rs) {
		try {
			return new OrderHead(id, rs.getString("order_number"), OrderStatus.valueOf(rs.getString("order_status")),
					Priority.valueOf(rs.getString("priority")), rs.getObject("requested_date", LocalDate.class),
					rs.getObject("due_date", LocalDate.class));
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
