package io.atelier.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.shared.domain.NotFoundException;

/**
 * The work orders (工单) of released customer orders (written by {@link WorkOrderRelease}), read with their
 * operations and materials. Customer users see their own orders' work orders and the progress of each operation,
 * but not machines, run times or materials (how the factory makes the product is its own, as with templates).
 */
@Service
public class WorkOrders {

	private final WorkOrderRepository workOrders;

	private final OrderVisibility visibility;

	private final Orders orders;

	private final ApplicationEventPublisher events;

	private final WorkOrderSources sources;

	WorkOrders(WorkOrderRepository workOrders, OrderVisibility visibility, Orders orders,
			ApplicationEventPublisher events, WorkOrderSources sources) {
		this.sources = sources;
		this.events = events;
		this.workOrders = workOrders;
		this.visibility = visibility;
		this.orders = orders;
	}

	/**
	 * A work order, in depth-first order of the product structure; {@code parentNumber} names the work order it is
	 * made for (empty for a line's product). {@code needsDecision}: started work an approved change request touched,
	 * kept as it is until a person decides; {@code decisionReason} ({@code QUANTITY_CHANGED}, {@code NO_LONGER_NEEDED},
	 * {@code ORDER_CANCELLED}), the request, and the quantity it asked for (empty: none).
	 */
	public record WorkOrderView(long id, long version, String number, int seq, Long parentId, String parentNumber,
			int level, int lineNo, long itemId, String itemCode, String itemName, String unit, BigDecimal quantity,
			LocalDate dueDate, WorkStatus status, List<WorkOrderOperationView> operations,
			List<MaterialRequirementView> materials, long orderId, String orderNumber, boolean batch, BigDecimal share,
			List<WorkOrderSourceView> sources, Long mergedIntoId, String mergedIntoNumber, boolean needsDecision,
			String decisionReason, Long decisionChangeRequestId, BigDecimal decisionQuantity) {
	}

	/**
	 * A work order a batch was merged from: its order, line and the quantity it brought (docs/orders.md, "Split and
	 * merge"). A customer sees only their own order's.
	 */
	public record WorkOrderSourceView(long workOrderId, String workOrderNumber, long orderId, String orderNumber,
			int lineNo, BigDecimal quantity) {
	}

	/** An operation; {@code predecessors} are the numbers of the operations it waits for. */
	public record WorkOrderOperationView(long id, String number, int stepNo, String name, Long workCenterId,
			Long skillId, Integer workers, Integer minLagMinutes, List<String> predecessors,
			List<OperationMachineView> machines, WorkStatus status) {
	}

	/** A machine that can do the operation: per unit, setup, and the run minutes of the work order's quantity. */
	public record OperationMachineView(long machineId, BigDecimal runMinutesPerUnit, int setupMinutes,
			BigDecimal runMinutes) {
	}

	public record MaterialRequirementView(long itemId, String itemCode, String itemName, String unit,
			BigDecimal quantity, LocalDate needDate, Integer leadTimeDays) {
	}

	/** What the shop floor reports of an operation. */
	public enum OperationAction {
		START, PAUSE, RESUME, FINISH, CANCEL
	}

	/**
	 * Moves an operation (and with it its work order, see {@link WorkOrder}); 409 with the reason when the operation or
	 * the work order does not allow it.
	 * @return the operation's work order as it is now
	 */
	@Transactional
	public WorkOrderView report(long operationId, OperationAction action) {
		WorkOrder workOrder = workOrders.findByOperationId(operationId)
			.orElseThrow(() -> new NotFoundException("Operation", operationId));
		int stepNo = workOrder.stepOf(operationId);
		switch (action) {
			case START -> workOrder.startOperation(stepNo);
			case PAUSE -> workOrder.pauseOperation(stepNo);
			case RESUME -> workOrder.resumeOperation(stepNo);
			case FINISH -> workOrder.finishOperation(stepNo);
			case CANCEL -> workOrder.cancelOperation(stepNo);
		}
		List<Object> happened = workOrder.takeEvents();
		WorkOrder saved = workOrders.saveAndFlush(workOrder);
		happened.forEach(events::publishEvent);
		return views(List.of(saved), saved.getOrderId(), false).get(0);
	}

	/** The order's work orders (404 when the caller may not see the order). */
	@Transactional(readOnly = true)
	public List<WorkOrderView> ofOrder(long orderId) {
		orders.assertVisible(orderId);
		boolean customer = visibility.restrictedToCustomer().isPresent();
		List<WorkOrder> listed = new ArrayList<>(workOrders.findByOrderIdOrderBySeq(orderId));
		listed.addAll(workOrders.findAllById(sources.foreignBatchesOf(orderId))); // batches of another order
		return views(listed, orderId, customer);
	}

	/** A work order with the id of its order, e.g. for a job card. */
	public record WorkOrderInOrder(long orderId, WorkOrderView workOrder) {
	}

	/** A work order by id (404 when there is none or the caller may not see its order). */
	@Transactional(readOnly = true)
	public WorkOrderInOrder get(long workOrderId) {
		WorkOrder workOrder = workOrders.findById(workOrderId)
			.orElseThrow(() -> new NotFoundException("WorkOrder", workOrderId));
		orders.assertVisible(workOrder.getOrderId());
		boolean customer = visibility.restrictedToCustomer().isPresent();
		return new WorkOrderInOrder(workOrder.getOrderId(), views(List.of(workOrder), workOrder.getOrderId(), customer).getFirst());
	}

	/**
	 * The work orders as seen from one order: a batch with its sources (a customer: only those of this order) and this
	 * order's share of it, a merged work order with the batch that makes it.
	 */
	List<WorkOrderView> views(List<WorkOrder> listed, long seenFrom, boolean customer) {
		List<Long> ids = listed.stream().map(WorkOrder::getId).toList();
		Map<Long, List<WorkOrderSources.Source>> batches = sources.ofBatches(ids);
		Map<Long, WorkOrderSources.Source> mergedInto = sources.mergedInto(ids);
		Map<Long, String> numbers = numbers(listed);
		return listed.stream().map(wo -> {
			List<WorkOrderSourceView> from = batches.getOrDefault(wo.getId(), List.of())
				.stream()
				.filter(s -> !customer || s.orderId() == seenFrom)
				.map(s -> new WorkOrderSourceView(s.sourceId(), s.workOrderNumber(), s.orderId(), s.orderNumber(),
						s.lineNo(), s.quantity()))
				.toList();
			BigDecimal share = batches.containsKey(wo.getId()) ? from.stream()
				.filter(s -> s.orderId() == seenFrom)
				.map(WorkOrderSourceView::quantity)
				.reduce(BigDecimal.ZERO, BigDecimal::add) : null;
			WorkOrderSources.Source merged = mergedInto.get(wo.getId());
			return view(wo, numbers, customer, batches.containsKey(wo.getId()), share, from, merged);
		}).toList();
	}

	/** The numbers of the listed work orders and of their parents. */
	private Map<Long, String> numbers(List<WorkOrder> listed) {
		Map<Long, String> numbers = new HashMap<>();
		listed.forEach(wo -> numbers.put(wo.getId(), wo.getNumber()));
		List<Long> missing = listed.stream()
			.map(WorkOrder::getParentId)
			.filter(id -> id != null && !numbers.containsKey(id))
			.distinct()
			.toList();
		if (!missing.isEmpty()) {
			workOrders.findAllById(missing).forEach(wo -> numbers.put(wo.getId(), wo.getNumber()));
		}
		return numbers;
	}

	private static WorkOrderView view(WorkOrder wo, Map<Long, String> numbers, boolean customer, boolean batch,
			BigDecimal share, List<WorkOrderSourceView> from, WorkOrderSources.Source merged) {
		String prefix = wo.getNumber() + "/OP-";
		List<WorkOrderOperationView> operations = wo.getOperations()
			.stream()
			.map(op -> customer ? new WorkOrderOperationView(op.getId(), op.getNumber(), op.getStepNo(), op.getName(), null,
					null, null, null, List.of(), List.of(), op.getStatus())
					: new WorkOrderOperationView(op.getId(), op.getNumber(), op.getStepNo(), op.getName(),
							op.getWorkCenterId(), op.getSkillId(), op.getWorkers(), op.getMinLagMinutes(),
							op.getPredecessors().stream().map(no -> prefix + no).toList(),
							op.getMachines()
								.stream()
								.map(m -> new OperationMachineView(m.machineId(), m.runMinutesPerUnit(), m.setupMinutes(),
										m.runMinutes()))
								.toList(),
							op.getStatus()))
			.toList();
		List<MaterialRequirementView> materials = customer ? List.of()
				: wo.getMaterials()
					.stream()
					.map(m -> new MaterialRequirementView(m.itemId(), m.itemCode(), m.itemName(), m.unit(), m.quantity(),
							m.needDate(), m.leadTimeDays()))
					.toList();
		return new WorkOrderView(wo.getId(), wo.getVersion(), wo.getNumber(), wo.getSeq(),
				wo.getParentId(), wo.getParentId() == null ? null : numbers.get(wo.getParentId()), wo.getLevel(),
				wo.getLineNo(), wo.getItemId(), wo.getItemCode(), wo.getItemName(), wo.getUnit(), wo.getQuantity(),
				wo.getDueDate(), wo.getStatus(), operations, materials, wo.getOrderId(), wo.getOrderNumber(), batch, share,
				from, merged == null ? null : merged.batchId(), merged == null ? null : merged.batchNumber(),
				!customer && wo.isNeedsDecision(), customer ? null : wo.getDecisionReason(),
				customer ? null : wo.getDecisionChangeRequestId(), customer ? null : wo.getDecisionQuantity());
	}
}
