package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.catalog.Items;
import io.atelier.identity.Identity;
import io.atelier.orders.OperationTraces;
import io.atelier.orders.OperationTraces.OperationFacts;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;

/**
 * The material lots (批次) an operation consumed, as the shop floor scans or types them: the item, the lot, how much,
 * the supplier's lot when known, who and when. The work order and order are kept with each, so that "where did this
 * lot go?" is one query. What a work order produces is its own lot, numbered as the work order.
 */
@Service
public class MaterialLots {

	public record LotCommand(String itemCode, String lotNumber, BigDecimal quantity, String supplierLot) {
	}

	public record LotView(long id, long operationId, String operationNumber, long workOrderId, String workOrderNumber,
			long orderId, String orderNumber, String itemCode, String lotNumber, String supplierLot, BigDecimal quantity,
			String recordedBy, Instant recordedAt) {
	}

	private static final String BY_OPERATIONS = """
			select * from shopfloor_lot_consumption where operation_id in (:key) order by recorded_at, id
			""";

	private final JdbcClient jdbc;

	private final OperationTraces operations;

	private final Items items;

	MaterialLots(JdbcClient jdbc, OperationTraces operations, Items items) {
		this.jdbc = jdbc;
		this.operations = operations;
		this.items = items;
	}

	@Transactional
	public LotView record(long operationId, LotCommand command) {
		OperationFacts operation = operations.find(operationId)
			.orElseThrow(() -> new NotFoundException("Operation", operationId));
		List<FieldError> errors = new ArrayList<>();
		String itemCode = text(errors, "itemCode", command.itemCode(), 40, true);
		String lot = text(errors, "lotNumber", command.lotNumber(), 80, true);
		String supplierLot = text(errors, "supplierLot", command.supplierLot(), 80, false);
		if (itemCode != null && items.findByCode(itemCode).isEmpty()) {
			errors.add(FieldError.of("itemCode", "shopfloor.lot.unknown-item", itemCode));
		}
		BigDecimal quantity = command.quantity();
		if (quantity == null) {
			errors.add(FieldError.of("quantity", "validation.required"));
		}
		else if (quantity.signum() <= 0) {
			errors.add(FieldError.of("quantity", "shopfloor.lot.quantity"));
		}
		else if (quantity.scale() > 4 || quantity.precision() - quantity.scale() > 10) {
			errors.add(FieldError.of("quantity", "validation.malformed-value"));
		}
		if (!errors.isEmpty()) {
			throw new RuleViolationException(errors);
		}
		String canonicalItem = items.findByCode(itemCode).orElseThrow().code();
		long id = jdbc.sql("""
				insert into shopfloor_lot_consumption (operation_id, operation_number, work_order_id, work_order_number,
				    order_id, order_number, item_code, lot_number, supplier_lot, quantity, recorded_by, recorded_at)
				values (:op, :opNumber, :wo, :woNumber, :orderId, :orderNumber, :item, :lot, :supplierLot, :quantity, :by,
				    :at)
				returning id
				""")
			.param("op", operationId)
			.param("opNumber", operation.number())
			.param("wo", operation.workOrderId())
			.param("woNumber", operation.workOrderNumber())
			.param("orderId", operation.orderId())
			.param("orderNumber", operation.orderNumber())
			.param("item", canonicalItem)
			.param("lot", lot)
			.param("supplierLot", supplierLot)
			.param("quantity", quantity)
			.param("by", Identity.current().map(user -> user.username()).orElse("system"))
			.param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		return select("select * from shopfloor_lot_consumption where id = :key", id).getFirst();
	}

	@Transactional(readOnly = true)
	public List<LotView> ofOperation(long operationId) {
		if (operations.find(operationId).isEmpty()) {
			throw new NotFoundException("Operation", operationId);
		}
		return select(BY_OPERATIONS, List.of(operationId));
	}

	List<LotView> ofOperations(List<Long> operationIds) {
		return operationIds.isEmpty() ? List.of() : select(BY_OPERATIONS, operationIds);
	}

	/** Where a lot went: every consumption of it (lot numbers compared without case). */
	List<LotView> consumptionsOf(String lotNumber) {
		return select("""
				select * from shopfloor_lot_consumption where upper(lot_number) = upper(:key) order by recorded_at, id
				""", lotNumber);
	}

	private List<LotView> select(String sql, Object key) {
		return jdbc.sql(sql).param("key", key).query((rs, n) -> new LotView(rs.getLong("id"), rs.getLong("operation_id"),
				rs.getString("operation_number"), rs.getLong("work_order_id"), rs.getString("work_order_number"),
				rs.getLong("order_id"), rs.getString("order_number"), rs.getString("item_code"),
				rs.getString("lot_number"), rs.getString("supplier_lot"), rs.getBigDecimal("quantity"),
				rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant())).list();
	}

	private static String text(List<FieldError> errors, String field, String value, int max, boolean required) {
		String trimmed = value == null || value.isBlank() ? null : value.strip();
		if (trimmed == null && required) {
			errors.add(FieldError.of(field, "validation.required"));
		}
		else if (trimmed != null && trimmed.length() > max) {
			errors.add(FieldError.of(field, "shopfloor.report.too-long", max));
		}
		return trimmed;
	}
}
