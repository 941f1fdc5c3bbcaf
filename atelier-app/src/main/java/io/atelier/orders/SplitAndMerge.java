package io.atelier.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.catalog.Items;
import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;

/**
 * Split and merge (docs/orders.md, "Split and merge"): split an order line by quantity while the order is draft or
 * confirmed (a partial delivery), split a released work order by quantity, and merge compatible work orders not yet
 * started, of one or several orders, into one batch that keeps where it came from.
 */
@Service
public class SplitAndMerge {

	/** Statuses in which splitting a line would change what was released: a change request's business. */
	private static final Set<OrderStatus> RELEASED = EnumSet.of(OrderStatus.RELEASED, OrderStatus.IN_PRODUCTION,
			OrderStatus.COMPLETED, OrderStatus.SHIPPED);

	private final OrderRepository orders;

	private final Orders orderService;

	private final OrderVisibility visibility;

	private final Items items;

	private final WorkOrderRepository workOrders;

	private final WorkOrders workOrderViews;

	private final WorkOrderSplitting splitting;

	private final WorkOrderMerging merging;

	private final ApplicationEventPublisher events;

	SplitAndMerge(OrderRepository orders, Orders orderService, OrderVisibility visibility, Items items,
			WorkOrderRepository workOrders, WorkOrders workOrderViews, WorkOrderSplitting splitting,
			WorkOrderMerging merging, ApplicationEventPublisher events) {
		this.orders = orders;
		this.orderService = orderService;
		this.visibility = visibility;
		this.items = items;
		this.workOrders = workOrders;
		this.workOrderViews = workOrderViews;
		this.splitting = splitting;
		this.merging = merging;
		this.events = events;
	}

	/** Split off {@code quantity}, due on {@code dueDate} (empty: as the line), sent with the version read. */
	public record SplitCommand(Long version, BigDecimal quantity, LocalDate dueDate) {
	}

	/** A work order to merge, with the version read. */
	public record MergeSource(Long id, Long version) {
	}

	public record MergeCommand(List<MergeSource> workOrders) {
	}

	/** The work order split (with its new quantity) and the one split off it, then any split sub-assemblies. */
	public record WorkOrderSplitView(WorkOrders.WorkOrderView original, WorkOrders.WorkOrderView split,
			List<WorkOrders.WorkOrderView> subAssemblies) {
	}

	/** A work order that could join a batch now. */
	public record MergeCandidateView(long id, long version, String number, long orderId, String orderNumber,
			int lineNo, String itemCode, String itemName, BigDecimal quantity, String unit, LocalDate dueDate,
			WorkStatus status) {
	}

	/**
	 * Splits line {@code lineNo} into itself with the rest of the quantity and a new line (numbered after the last)
	 * with {@code quantity} and its own due date, same product and configuration.
	 */
	@Transactional
	public Orders.OrderView splitLine(long orderId, int lineNo, SplitCommand command) {
		CustomerOrder order = orders.findById(orderId)
			.filter(o -> visibility.maySee(o.getCustomerId()))
			.orElseThrow(() -> new NotFoundException("CustomerOrder", orderId));
		order.checkVersion(requiredVersion(command.version()));
		if (!OrderTransitions.EDIT.allows(order)) {
			OrderStatus effective = order.getStatus() == OrderStatus.ON_HOLD ? order.getHeldFrom() : order.getStatus();
			throw new ConflictException("status",
					RELEASED.contains(effective) ? "order-split.line.needs-change-request" : "order-split.line.illegal",
					order.getOrderNumber(), lineNo,
					new DefaultMessageSourceResolvable("orders.status." + order.getStatus().name()));
		}
		List<OrderLine.Content> lines = new ArrayList<>(order.getLines());
		OrderLine.Content line = lines.stream()
			.filter(l -> l.lineNo() == lineNo)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("OrderLine", order.getOrderNumber() + "/" + lineNo));
		String unit = items.findByCode(line.itemCode()).map(item -> item.unit().name()).orElse("");
		WorkOrderSplitting.checkQuantity(command.quantity(), line.quantity(), unit);
		int newLineNo = lines.stream().mapToInt(OrderLine.Content::lineNo).max().orElse(0) + 1;
		lines.replaceAll(l -> l.lineNo() != lineNo ? l
				: new OrderLine.Content(lineNo, l.templateCode(), l.templateVersion(), l.parameters(), l.itemCode(),
						l.quantity().subtract(command.quantity()), l.dueDate()));
		lines.add(new OrderLine.Content(newLineNo, line.templateCode(), line.templateVersion(), line.parameters(),
				line.itemCode(), command.quantity(), command.dueDate() != null ? command.dueDate() : line.dueDate()));
		order.change(new CustomerOrder.Header(order.getCustomerId(), order.getCustomerCode(), order.getCustomerName(),
				order.getRequestedDate(), order.getPriority(), order.getNotes()), lines);
		CustomerOrder saved = orderService.save(order);
		events.publishEvent(new OrderLineSplit(orderId, order.getOrderNumber(), lineNo, newLineNo, command.quantity()));
		return orderService.toView(saved);
	}

	/** Splits a work order not done by quantity (see {@link WorkOrderSplitting}). */
	@Transactional
	public WorkOrderSplitView splitWorkOrder(long workOrderId, SplitCommand command) {
		WorkOrder original = load(workOrderId, command.version(), "version");
		List<WorkOrder> changed = splitting.split(original, command.quantity());
		List<Object> happened = changed.stream().flatMap(wo -> wo.takeEvents().stream()).toList();
		workOrders.saveAllAndFlush(changed);
		happened.forEach(events::publishEvent);
		List<WorkOrders.WorkOrderView> views = workOrderViews.views(changed, original.getOrderId(), false);
		return new WorkOrderSplitView(views.get(0), views.get(1), views.subList(2, views.size()));
	}

	/** Merges the work orders into one batch (see {@link WorkOrderMerging}); answers the batch. */
	@Transactional
	public WorkOrders.WorkOrderView merge(MergeCommand command) {
		List<MergeSource> listed = command.workOrders() == null ? List.of() : command.workOrders();
		if (listed.size() < 2) {
			throw new RuleViolationException("workOrders", "order-split.merge.too-few");
		}
		List<WorkOrder> mergeable = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < listed.size(); i++) {
			MergeSource source = listed.get(i);
			if (source == null || source.id() == null) {
				throw new RuleViolationException("workOrders[" + i + "].id", "validation.required");
			}
			if (!seen.add(source.id())) {
				throw new RuleViolationException("workOrders[" + i + "].id", "order-split.merge.twice");
			}
			mergeable.add(load(source.id(), source.version(), "workOrders[" + i + "].version"));
		}
		WorkOrder batch = merging.merge(mergeable);
		workOrders.flush();
		events.publishEvent(new WorkOrdersMerged(batch.getId(), batch.getNumber(),
				mergeable.stream().map(WorkOrder::getId).toList(),
				mergeable.stream().map(WorkOrder::getOrderId).distinct().toList()));
		return workOrderViews.views(List.of(batch), batch.getOrderId(), false).get(0);
	}

	/** The work orders that could join a batch with this one now (same item and configuration, not started). */
	@Transactional(readOnly = true)
	public List<MergeCandidateView> mergeCandidates(long workOrderId) {
		WorkOrder workOrder = workOrders.findById(workOrderId)
			.orElseThrow(() -> new NotFoundException("WorkOrder", workOrderId));
		return merging.candidates(workOrder)
			.stream()
			.map(wo -> new MergeCandidateView(wo.getId(), wo.getVersion(), wo.getNumber(), wo.getOrderId(),
					wo.getOrderNumber(), wo.getLineNo(), wo.getItemCode(), wo.getItemName(), wo.getQuantity(),
					wo.getUnit(), wo.getDueDate(), wo.getStatus()))
			.toList();
	}

	private WorkOrder load(long id, Long version, String versionField) {
		if (version == null) {
			throw new RuleViolationException(versionField, "validation.required");
		}
		WorkOrder workOrder = workOrders.findById(id).orElseThrow(() -> new NotFoundException("WorkOrder", id));
		workOrder.checkVersion(version);
		return workOrder;
	}

	private static long requiredVersion(Long version) {
		if (version == null) {
			throw new RuleViolationException("version", "validation.required");
		}
		return version;
	}
}
