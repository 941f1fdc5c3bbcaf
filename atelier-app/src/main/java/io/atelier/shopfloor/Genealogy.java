package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.orders.OperationTraces;
import io.atelier.orders.OperationTraces.WorkOrderLink;
import io.atelier.orders.WorkOrders;
import io.atelier.orders.WorkOrders.WorkOrderView;
import io.atelier.shopfloor.MaterialLots.LotView;

/**
 * Genealogy (谱系) of orders and lots (docs/shopfloor.md, "Traceability"). Backward from an order: its work orders as
 * the product structure nests them, each with its operations and the material lots they consumed; a work order's own
 * output is the lot numbered as the work order. Forward from a lot: the operations that consumed it, and the work
 * orders and orders their output went into; a lot that is a work order's number also shows where that work order went.
 */
@Service
public class Genealogy {

	public record OrderGenealogy(long orderId, String orderNumber, List<WorkOrderNode> workOrders) {
	}

	public record WorkOrderNode(long id, String number, String itemCode, String itemName, BigDecimal quantity,
			String unit, String status, String producedLot, List<OperationNode> operations,
			List<WorkOrderNode> children) {
	}

	public record OperationNode(long id, String number, String name, String status, List<LotView> lots) {
	}

	public record LotGenealogy(String lot, WorkOrderLink producedBy, List<LotView> consumedBy,
			List<WorkOrderLink> goesInto, List<OrderLabel> orders) {
	}

	public record OrderLabel(long id, String orderNumber) {
	}

	private final WorkOrders workOrders;

	private final OperationTraces operations;

	private final MaterialLots lots;

	Genealogy(WorkOrders workOrders, OperationTraces operations, MaterialLots lots) {
		this.workOrders = workOrders;
		this.operations = operations;
		this.lots = lots;
	}

	/** Backward: what the order is made of (404 for an unknown order). */
	@Transactional(readOnly = true)
	public OrderGenealogy ofOrder(long orderId) {
		List<WorkOrderView> listed = workOrders.ofOrder(orderId);
		List<Long> operationIds = listed.stream().flatMap(wo -> wo.operations().stream()).map(op -> op.id()).toList();
		Map<Long, List<LotView>> lotsByOperation = new LinkedHashMap<>();
		lots.ofOperations(operationIds)
			.forEach(lot -> lotsByOperation.computeIfAbsent(lot.operationId(), k -> new ArrayList<>()).add(lot));
		Map<Long, List<WorkOrderView>> children = new LinkedHashMap<>();
		List<WorkOrderView> roots = new ArrayList<>();
		for (WorkOrderView wo : listed) {
			boolean nested = wo.parentId() != null && listed.stream().anyMatch(other -> other.id() == wo.parentId());
			if (nested) {
				children.computeIfAbsent(wo.parentId(), k -> new ArrayList<>()).add(wo);
			}
			else {
				roots.add(wo);
			}
		}
		String orderNumber = listed.stream()
			.filter(wo -> wo.orderId() == orderId)
			.map(WorkOrderView::orderNumber)
			.findFirst()
			.orElse(null);
		return new OrderGenealogy(orderId, orderNumber,
				roots.stream().map(wo -> node(wo, children, lotsByOperation)).toList());
	}

	private static WorkOrderNode node(WorkOrderView wo, Map<Long, List<WorkOrderView>> children,
			Map<Long, List<LotView>> lotsByOperation) {
		return new WorkOrderNode(wo.id(), wo.number(), wo.itemCode(), wo.itemName(), wo.quantity(), wo.unit(),
				wo.status().name(), wo.number(),
				wo.operations()
					.stream()
					.map(op -> new OperationNode(op.id(), op.number(), op.name(), op.status().name(),
							lotsByOperation.getOrDefault(op.id(), List.of())))
					.toList(),
				children.getOrDefault(wo.id(), List.of())
					.stream()
					.map(child -> node(child, children, lotsByOperation))
					.toList());
	}

	/** Forward: where the lot went (empty lists when nothing is known of it). */
	@Transactional(readOnly = true)
	public LotGenealogy ofLot(String lot) {
		List<WorkOrderLink> produced = operations.consumersOf(lot);
		List<LotView> consumed = lots.consumptionsOf(lot);
		Map<Long, WorkOrderLink> goesInto = new LinkedHashMap<>();
		produced.stream().skip(1).forEach(link -> goesInto.putIfAbsent(link.workOrderId(), link));
		consumed.stream()
			.map(LotView::workOrderNumber)
			.distinct()
			.flatMap(number -> operations.consumersOf(number).stream())
			.forEach(link -> goesInto.putIfAbsent(link.workOrderId(), link));
		Map<Long, OrderLabel> orders = new LinkedHashMap<>();
		goesInto.values().forEach(link -> orders.putIfAbsent(link.orderId(), new OrderLabel(link.orderId(),
				link.orderNumber())));
		produced.stream().findFirst().ifPresent(link -> orders.putIfAbsent(link.orderId(), new OrderLabel(link.orderId(),
				link.orderNumber())));
		return new LotGenealogy(lot, produced.isEmpty() ? null : produced.getFirst(), consumed,
				List.copyOf(goesInto.values()), List.copyOf(orders.values()));
	}
}
