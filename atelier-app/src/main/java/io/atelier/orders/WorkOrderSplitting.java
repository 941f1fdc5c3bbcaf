package io.atelier.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.RuleViolationException;

/**
 * Splits a work order by quantity (docs/orders.md, "Split and merge"): a new work order, numbered after the order's
 * last one, makes {@code quantity} with the same operations (run minutes for its quantity) and its share of the
 * materials; the original keeps the rest. Sub-assemblies not yet started split in the same proportion, their parts
 * made for the new work order; one whose share rounds to nothing or to all of it stays whole with the original.
 */
@Component
class WorkOrderSplitting {

	/** A work order in progress splits off pieces no operation has touched yet: the new one starts from the first. */
	private static final Set<WorkStatus> SPLITTABLE = EnumSet.of(WorkStatus.PENDING, WorkStatus.READY,
			WorkStatus.IN_PROGRESS, WorkStatus.PAUSED);

	private static final Set<WorkStatus> NOT_STARTED = EnumSet.of(WorkStatus.PENDING, WorkStatus.READY);

	private final WorkOrderRepository workOrders;

	private final WorkOrderNumbering numbering;

	private final WorkOrderSources sources;

	WorkOrderSplitting(WorkOrderRepository workOrders, WorkOrderNumbering numbering, WorkOrderSources sources) {
		this.workOrders = workOrders;
		this.numbering = numbering;
		this.sources = sources;
	}

	/**
	 * @return the work orders changed or written, the original first and the split-off part second, then the
	 *     sub-assemblies
	 */
	List<WorkOrder> split(WorkOrder original, BigDecimal quantity) {
		if (!SPLITTABLE.contains(original.getStatus())) {
			throw new ConflictException("status", "order-split.work-order.illegal", original.getNumber(),
					new DefaultMessageSourceResolvable("orders.work.status." + original.getStatus().name()));
		}
		if (sources.isBatch(original.getId())) {
			throw new ConflictException("id", "order-split.work-order.batch", original.getNumber());
		}
		checkQuantity(quantity, original.getQuantity(), original.getUnit());
		List<WorkOrder> changed = new ArrayList<>();
		split(original, quantity, parentOf(original), changed);
		return changed;
	}

	static void checkQuantity(BigDecimal quantity, BigDecimal whole, String unit) {
		if (quantity == null) {
			throw new RuleViolationException("quantity", "validation.required");
		}
		if (quantity.signum() <= 0 || quantity.compareTo(whole) >= 0) {
			throw new RuleViolationException("quantity", "order-split.quantity.range", whole.stripTrailingZeros()
				.toPlainString(), unit);
		}
		if (!SplitShares.fits(quantity, unit)) {
			throw new RuleViolationException("quantity", "order-split.quantity.precision", unit,
					SplitShares.scaleOf(unit));
		}
	}

	private WorkOrder parentOf(WorkOrder workOrder) {
		return workOrder.getParentId() == null ? null : workOrders.getReferenceById(workOrder.getParentId());
	}

	private void split(WorkOrder original, BigDecimal quantity, WorkOrder parentOfPart, List<WorkOrder> changed) {
		BigDecimal whole = original.getQuantity();
		Map<Integer, List<OperationMachine>> rest = new HashMap<>();
		List<Operation.Plan> operations = new ArrayList<>();
		for (Operation operation : original.getOperations()) {
			List<OperationMachine> part = SplitShares.machinesPart(operation.getMachines(), quantity);
			operations.add(operation.plan(part));
			rest.put(operation.getStepNo(), SplitShares.machinesRest(operation.getMachines(), part));
		}
		List<MaterialRequirement> materials = SplitShares.materialsPart(original.getMaterials(), quantity, whole);
		int seq = numbering.next(original.getOrderId());
		WorkOrder part = workOrders.save(new WorkOrder(original.getOrderId(), original.getOrderNumber(), parentOfPart,
				new WorkOrder.Plan(original.getLineNo(), seq, null, original.getLevel(), original.getItemId(),
						original.getItemCode(), original.getItemName(), original.getUnit(), quantity,
						original.getDueDate(), operations, materials)));
		original.splitOff(part, rest, SplitShares.materialsRest(original.getMaterials(), materials));
		changed.add(original);
		changed.add(part);
		for (WorkOrder child : workOrders.findByParentIdOrderBySeq(original.getId())) {
			BigDecimal share = SplitShares.share(child.getQuantity(), quantity, whole, child.getUnit());
			if (notStarted(child) && share.signum() > 0 && share.compareTo(child.getQuantity()) < 0) {
				split(child, share, part, changed);
			}
		}
	}

	static boolean notStarted(WorkOrder workOrder) {
		return NOT_STARTED.contains(workOrder.getStatus())
				&& workOrder.getOperations().stream().allMatch(op -> NOT_STARTED.contains(op.getStatus()));
	}
}
