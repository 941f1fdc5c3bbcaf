package io.atelier.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What traceability reads of operations and work orders (docs/shopfloor.md, "Traceability"): an operation with its
 * work order and order, the copy of its step's instructions, parameters and drawings taken at release, and the chain
 * of work orders a work order's output goes into. Plain SQL reads, no aggregate is loaded.
 */
@Service
public class OperationTraces {

	/** A process parameter the operation asks for, as its routing step defined it at release. */
	public record ParameterSpec(String code, String name, String nameEn, String unit, BigDecimal min, BigDecimal max,
			boolean required) {
	}

	public record DrawingRef(long id, String fileName, String contentType, long sizeBytes) {
	}

	/** The operation's work instructions, parameters and drawings (all empty when its step had none). */
	public record Spec(String instructions, List<ParameterSpec> parameters, List<DrawingRef> drawings) {

		public static final Spec NONE = new Spec(null, List.of(), List.of());
	}

	public record OperationFacts(long id, String number, int stepNo, String name, long workCenterId,
			WorkStatus status, BigDecimal good, BigDecimal scrap, BigDecimal rework, long workOrderId,
			String workOrderNumber, String itemCode, String itemName, String unit, BigDecimal quantity, long orderId,
			String orderNumber, List<Long> machineIds) {
	}

	/** A work order in a chain of consumption: the work order, its item and order. */
	public record WorkOrderLink(long workOrderId, String number, String itemCode, String itemName, BigDecimal quantity,
			WorkStatus status, long orderId, String orderNumber) {
	}

	private static final TypeReference<List<ParameterSpec>> PARAMETERS = new TypeReference<>() {
	};

	private static final TypeReference<List<DrawingRef>> DRAWINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	OperationTraces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<OperationFacts> find(long operationId) {
		List<Long> machines = jdbc
			.sql("select machine_id from work_order_operation_machine where operation_id = :id order by position")
			.param("id", operationId)
			.query(Long.class)
			.list();
		return jdbc.sql("""
				select o.id, o.number, o.step_no, o.name, o.work_center_id, o.status, o.good_quantity, o.scrap_quantity,
				       o.rework_quantity, w.id as wo_id, w.number as wo_number, w.item_code, w.item_name, w.unit,
				       w.quantity, w.order_id, w.order_number
				from work_order_operation o join work_order w on w.id = o.work_order_id
				where o.id = :id
				""").param("id", operationId).query((rs, n) -> new OperationFacts(rs.getLong("id"), rs.getString("number"),
				rs.getInt("step_no"), rs.getString("name"), rs.getLong("work_center_id"),
				WorkStatus.valueOf(rs.getString("status")), rs.getBigDecimal("good_quantity"),
				rs.getBigDecimal("scrap_quantity"), rs.getBigDecimal("rework_quantity"), rs.getLong("wo_id"),
				rs.getString("wo_number"), rs.getString("item_code"), rs.getString("item_name"), rs.getString("unit"),
				rs.getBigDecimal("quantity"), rs.getLong("order_id"), rs.getString("order_number"), machines))
			.optional();
	}

	/** The copy taken at release; {@link Spec#NONE} when the step had none (or the operation is unknown). */
	@Transactional(readOnly = true)
	public Spec spec(long operationId) {
		return jdbc.sql("select instructions, parameters, drawings from work_order_operation_spec where operation_id = :id")
			.param("id", operationId)
			.query((rs, n) -> new Spec(rs.getString(1), json.readValue(rs.getString(2), PARAMETERS),
					json.readValue(rs.getString(3), DRAWINGS)))
			.optional()
			.orElse(Spec.NONE);
	}

	/**
	 * The work order with this number (any case) and, after it, the work orders its output goes into, up to the
	 * line's product; empty when no work order has this number.
	 */
	@Transactional(readOnly = true)
	public List<WorkOrderLink> consumersOf(String workOrderNumber) {
		return jdbc.sql("""
				with recursive chain (id, depth) as (
				    select id, 0 from work_order where upper(number) = upper(:number)
				    union all
				    select w.parent_id, chain.depth + 1 from chain join work_order w on w.id = chain.id
				    where w.parent_id is not null
				)
				select w.id, w.number, w.item_code, w.item_name, w.quantity, w.status, w.order_id, w.order_number
				from chain join work_order w on w.id = chain.id order by chain.depth
				""").param("number", workOrderNumber).query((rs, n) -> new WorkOrderLink(rs.getLong("id"),
				rs.getString("number"), rs.getString("item_code"), rs.getString("item_name"), rs.getBigDecimal("quantity"),
				WorkStatus.valueOf(rs.getString("status")), rs.getLong("order_id"), rs.getString("order_number")))
			.list();
	}
}
