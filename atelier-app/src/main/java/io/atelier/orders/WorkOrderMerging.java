package io.atelier.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.RuleViolationException;

/**
 * Merges compatible work orders not yet started into one batch (docs/orders.md, "Split and merge"). The batch belongs
 * to the order of the source due first (its "host", numbered after that order's last work order), makes the sum of the
 * quantities with the host's operations (each machine's run minutes summed, one setup), and needs the sum of the
 * materials by the earliest date. The sources stay, merged, and {@code work_order_source} keeps which orders they came
 * from and how many each brought.
 */
@Component
class WorkOrderMerging {

	private final WorkOrderRepository workOrders;

	private final OrderRepository orders;

	private final WorkOrderNumbering numbering;

	private final WorkOrderSources sources;

	private final OperationSpecSnapshots specs;

	WorkOrderMerging(WorkOrderRepository workOrders, OrderRepository orders, WorkOrderNumbering numbering,
			WorkOrderSources sources, OperationSpecSnapshots specs) {
		this.specs = specs;
		this.workOrders = workOrders;
		this.orders = orders;
		this.numbering = numbering;
		this.sources = sources;
	}

	/** @param mergeable the work orders, checked for their version, in the order the planner listed them */
	WorkOrder merge(List<WorkOrder> mergeable) {
		MergeCompatibility.Candidate first = candidate(mergeable.get(0));
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < mergeable.size(); i++) {
			WorkOrder workOrder = mergeable.get(i);
			String field = "workOrders[" + i + "]";
			if (!WorkOrderSplitting.notStarted(workOrder)) {
				throw new ConflictException(field, "order-split.merge.started", workOrder.getNumber(),
						new DefaultMessageSourceResolvable("orders.work.status." + workOrder.getStatus().name()));
			}
			if (sources.isBatch(workOrder.getId())) {
				throw new ConflictException(field, "order-split.merge.batch", workOrder.getNumber());
			}
			if (onHold(workOrder)) {
				throw new ConflictException(field, "order-split.merge.order-held", workOrder.getNumber(),
						workOrder.getOrderNumber());
			}
			MergeCompatibility.check(first, candidate(workOrder), field).ifPresent(errors::add);
		}
		if (!errors.isEmpty()) {
			throw new RuleViolationException(errors);
		}
		WorkOrder host = mergeable.stream().min(Comparator.comparing(WorkOrder::getDueDate)).orElseThrow();
		WorkOrder batch = workOrders.save(new WorkOrder(host.getOrderId(), host.getOrderNumber(), null,
				plan(host, mergeable, numbering.next(host.getOrderId()))));
		mergeable.forEach(WorkOrder::mergeInto);
		workOrders.flush();
		specs.copy(host.getId(), batch.getId()); // the host's copy of its steps' instructions and parameters
		sources.write(batch, mergeable);
		return batch;
	}

	private static WorkOrder.Plan plan(WorkOrder host, List<WorkOrder> mergeable, int seq) {
		List<Operation.Plan> operations = new ArrayList<>();
		for (Operation operation : host.getOperations()) {
			operations.add(operation.plan(SplitShares.machinesSum(mergeable.stream()
				.map(wo -> machinesOf(wo, operation.getStepNo()))
				.toList())));
		}
		BigDecimal quantity = mergeable.stream().map(WorkOrder::getQuantity).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new WorkOrder.Plan(host.getLineNo(), seq, null, host.getLevel(), host.getItemId(), host.getItemCode(),
				host.getItemName(), host.getUnit(), quantity, host.getDueDate(), operations,
				SplitShares.materialsSum(mergeable.stream().map(WorkOrder::getMaterials).toList()));
	}

	private static List<OperationMachine> machinesOf(WorkOrder workOrder, int stepNo) {
		return workOrder.getOperations()
			.stream()
			.filter(op -> op.getStepNo() == stepNo)
			.findFirst()
			.orElseThrow()
			.getMachines();
	}

	/** The work orders of this item that could join a batch with {@code workOrder} now, due first first. */
	List<WorkOrder> candidates(WorkOrder workOrder) {
		MergeCompatibility.Candidate first = candidate(workOrder);
		return workOrders
			.findByItemIdAndStatusInOrderByDueDateAscIdAsc(workOrder.getItemId(),
					List.of(WorkStatus.PENDING, WorkStatus.READY))
			.stream()
			.filter(other -> !other.getId().equals(workOrder.getId()))
			.filter(WorkOrderSplitting::notStarted)
			.filter(other -> !sources.isBatch(other.getId()))
			.filter(other -> !onHold(other))
			.filter(other -> MergeCompatibility.check(first, candidate(other), "").isEmpty())
			.toList();
	}

	/** A held order's work is not made, so it joins no batch (its batch would make it). */
	private boolean onHold(WorkOrder workOrder) {
		return orders.findById(workOrder.getOrderId()).map(o -> o.getStatus() == OrderStatus.ON_HOLD).orElse(false);
	}

	/** A line's product keeps the configuration of its line; sub-assemblies are catalog items. */
	private MergeCompatibility.Candidate candidate(WorkOrder workOrder) {
		Optional<MergeCompatibility.Configuration> configuration = Optional.empty();
		if (workOrder.getLevel() == 1) {
			configuration = orders.findById(workOrder.getOrderId())
				.flatMap(order -> order.getLines().stream().filter(l -> l.lineNo() == workOrder.getLineNo()).findFirst())
				.filter(line -> line.templateCode() != null)
				.map(line -> new MergeCompatibility.Configuration(line.templateCode(), line.templateVersion(),
						line.parameters()));
		}
		return new MergeCompatibility.Candidate(workOrder, configuration);
	}
}
