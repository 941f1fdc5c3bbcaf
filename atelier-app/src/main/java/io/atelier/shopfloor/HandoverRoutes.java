package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.atelier.factory.WorkCenters;
import io.atelier.factory.Workshops;
import io.atelier.orders.OperationProgress;
import io.atelier.orders.OperationReports;
import io.atelier.orders.WorkOrders;
import io.atelier.orders.WorkOrders.WorkOrderOperationView;
import io.atelier.orders.WorkOrders.WorkOrderView;
import io.atelier.orders.WorkStatus;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;

/**
 * Where a handover goes (docs/shopfloor.md, "Handovers"): from the sending operation to the next operation whose work
 * centre belongs to another workshop. The next operation is a successor in the same work order (an operation that
 * names the sender as a predecessor); after a component's last operation it is the first operation of the work order
 * the component is made for (its parent), where components are put in. Asks the orders and factory modules only
 * through their public APIs.
 */
@Component
class HandoverRoutes {

	private final OperationReports operations;

	private final WorkOrders workOrders;

	private final WorkCenters workCenters;

	private final Workshops workshops;

	HandoverRoutes(OperationReports operations, WorkOrders workOrders, WorkCenters workCenters, Workshops workshops) {
		this.operations = operations;
		this.workOrders = workOrders;
		this.workCenters = workCenters;
		this.workshops = workshops;
	}

	/** The route and the good quantity the sending operation has finished so far. */
	record Found(Handover.Route route, BigDecimal good) {
	}

	/** The route of a handover from an operation, or from a work order's last operation; 422 naming the field. */
	Found find(Long operationId, Long workOrderId, Long toOperationId) {
		WorkOrderView workOrder;
		WorkOrderOperationView sender;
		if (operationId != null) {
			OperationProgress progress = known("operationId", operationId, () -> operations.progress(operationId));
			workOrder = workOrders.get(progress.workOrderId()).workOrder();
			sender = workOrder.operations().stream().filter(op -> op.id() == operationId).findFirst().orElseThrow();
		}
		else if (workOrderId != null) {
			workOrder = known("workOrderId", workOrderId, () -> workOrders.get(workOrderId).workOrder());
			sender = last(workOrder).orElseThrow(() -> new RuleViolationException("workOrderId",
					"shopfloor.handover.no-operation", workOrder.number()));
		}
		else {
			throw new RuleViolationException("operationId", "shopfloor.handover.operation.required");
		}
		if (sender.status() == WorkStatus.CANCELLED) {
			throw new RuleViolationException("operationId", "shopfloor.handover.cancelled", sender.number());
		}
		long fromWorkshop = workshopOf(sender);
		WorkOrderView receiving = workOrder;
		List<WorkOrderOperationView> next = successors(workOrder, sender);
		if (next.isEmpty() && workOrder.parentId() != null) {
			receiving = workOrders.get(workOrder.parentId()).workOrder();
			next = receiving.operations().stream().filter(op -> op.predecessors().isEmpty()).toList();
		}
		List<WorkOrderOperationView> elsewhere = next.stream()
			.filter(op -> op.status() != WorkStatus.CANCELLED && op.status() != WorkStatus.MERGED)
			.filter(op -> op.workCenterId() != null && workshopOf(op) != fromWorkshop)
			.filter(op -> toOperationId == null || op.id() == toOperationId)
			.toList();
		if (elsewhere.isEmpty()) {
			throw toOperationId == null
					? new RuleViolationException("operationId", "shopfloor.handover.no-next-workshop", sender.number())
					: new RuleViolationException("toOperationId", "shopfloor.handover.not-next", sender.number());
		}
		WorkOrderOperationView to = elsewhere.getFirst();
		long toWorkshop = workshopOf(to);
		BigDecimal good = operations.progress(sender.id()).good();
		return new Found(new Handover.Route(workOrder.orderNumber(), workOrder.id(), workOrder.number(),
				workOrder.itemCode(), workOrder.itemName(), workOrder.unit(), sender.id(), sender.number(), sender.name(),
				fromWorkshop, workshopName(fromWorkshop), to.id(), to.number(), to.name(), toWorkshop,
				workshopName(toWorkshop)), good);
	}

	private static List<WorkOrderOperationView> successors(WorkOrderView workOrder, WorkOrderOperationView sender) {
		return workOrder.operations().stream().filter(op -> op.predecessors().contains(sender.number())).toList();
	}

	/** The operation no other one waits for, the highest step when there are several. */
	private static Optional<WorkOrderOperationView> last(WorkOrderView workOrder) {
		return workOrder.operations()
			.stream()
			.filter(op -> op.status() != WorkStatus.CANCELLED)
			.filter(op -> successors(workOrder, op).isEmpty())
			.max(Comparator.comparingInt(WorkOrderOperationView::stepNo));
	}

	private long workshopOf(WorkOrderOperationView operation) {
		if (operation.workCenterId() == null) {
			throw new RuleViolationException("operationId", "shopfloor.handover.no-work-center", operation.number());
		}
		return workCenters.find(operation.workCenterId())
			.orElseThrow(() -> new RuleViolationException("operationId", "shopfloor.handover.no-work-center",
					operation.number()))
			.workshopId();
	}

	private String workshopName(long workshopId) {
		return workshops.find(workshopId).map(Workshops.WorkshopRef::name).orElse(String.valueOf(workshopId));
	}

	private static <T> T known(String field, long id, java.util.function.Supplier<T> lookup) {
		try {
			return lookup.get();
		}
		catch (NotFoundException ex) {
			throw new RuleViolationException(field, "shopfloor.handover.unknown", id);
		}
	}
}
