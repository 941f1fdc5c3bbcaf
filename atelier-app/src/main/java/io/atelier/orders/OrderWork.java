package io.atelier.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.shared.domain.NotFoundException;

/**
 * The work of orders as the planner schedules it: the released, unfinished work orders of the factory with their open
 * operations ({@link #open()}), or the work orders a draft or confirmed order <em>would</em> become, computed by the
 * release's own explosion without writing anything ({@link #preview}). Both answer the same values, so that the
 * planning module translates existing and prospective work the same way.
 */
@Service
public class OrderWork {

	private final OrderRepository orders;

	private final OrderVisibility visibility;

	private final OrderExplosion explosion;

	private final OpenWorkQuery openWork;

	OrderWork(OrderRepository orders, OrderVisibility visibility, OrderExplosion explosion, OpenWorkQuery openWork) {
		this.orders = orders;
		this.visibility = visibility;
		this.explosion = explosion;
		this.openWork = openWork;
	}

	/** An order's work: its work orders in depth-first order; {@code dueDate} is the order's (promised, else requested). */
	public record WorkOfOrder(long orderId, String orderNumber, OrderStatus status, Priority priority,
			LocalDate requestedDate, LocalDate dueDate, List<WorkOrderWork> workOrders) {

		public int operationCount() {
			return workOrders.stream().mapToInt(w -> w.operations().size()).sum();
		}
	}

	/**
	 * A work order: {@code parentSeq} is the sequence number of the work order it is made for (null for a line's
	 * product); {@code releasedAt} is when its materials were called for (the release), null for a preview.
	 */
	public record WorkOrderWork(int seq, Integer parentSeq, String number, long itemId, String itemCode,
			BigDecimal quantity, Instant releasedAt, List<OperationWork> operations, List<MaterialWork> materials) {
	}

	/** An operation not yet done; {@code predecessors} are step numbers of the same work order. */
	public record OperationWork(String number, int stepNo, String name, long workCenterId, Long skillId, int workers,
			int minLagMinutes, List<Integer> predecessors, List<MachineTime> machines, WorkStatus status) {

		public boolean started() {
			return status == WorkStatus.IN_PROGRESS;
		}
	}

	/** A machine that can do the operation: the run minutes of the whole quantity, and the routing's setup. */
	public record MachineTime(long machineId, BigDecimal runMinutes, int setupMinutes) {
	}

	/** A bought item the work order consumes, with its purchase lead time in calendar days (null: none given). */
	public record MaterialWork(long itemId, String itemCode, String itemName, BigDecimal quantity,
			Integer leadTimeDays) {
	}

	/**
	 * The released work not yet finished, across the factory: work orders neither done nor cancelled of orders released
	 * or in production (held orders wait, so they take no machine time), with the operations not yet done or cancelled.
	 */
	@Transactional(readOnly = true)
	public List<WorkOfOrder> open() {
		return openWork.read();
	}

	/**
	 * What releasing the order now would write, without writing it: the work orders, operations and materials of the
	 * release's explosion (404 when the caller may not see the order).
	 * @throws io.atelier.shared.domain.ConflictException when the order is neither draft nor confirmed
	 * @throws io.atelier.shared.domain.RuleViolationException naming the line that cannot be exploded
	 */
	@Transactional(readOnly = true)
	public WorkOfOrder preview(long orderId) {
		CustomerOrder order = orders.findById(orderId)
			.filter(o -> visibility.maySee(o.getCustomerId()))
			.orElseThrow(() -> new NotFoundException("CustomerOrder", orderId));
		OrderTransitions.PROMISE.check(order);
		List<WorkOrderWork> workOrders = explosion.explode(order).stream().map(plan -> work(order, plan)).toList();
		return new WorkOfOrder(order.getId(), order.getOrderNumber(), order.getStatus(), order.getPriority(),
				order.getRequestedDate(), order.getDueDate(), workOrders);
	}

	private static WorkOrderWork work(CustomerOrder order, WorkOrder.Plan plan) {
		String number = "%s/WO-%02d".formatted(order.getOrderNumber(), plan.seq());
		List<OperationWork> operations = plan.operations()
			.stream()
			.map(op -> new OperationWork(number + "/OP-" + op.stepNo(), op.stepNo(), op.name(), op.workCenterId(),
					op.skillId(), op.workers(), op.minLagMinutes(), op.predecessors(),
					op.machines()
						.stream()
						.map(m -> new MachineTime(m.machineId(), m.runMinutes(), m.setupMinutes()))
						.toList(),
					WorkStatus.PENDING))
			.toList();
		List<MaterialWork> materials = plan.materials()
			.stream()
			.map(m -> new MaterialWork(m.itemId(), m.itemCode(), m.itemName(), m.quantity(), m.leadTimeDays()))
			.toList();
		return new WorkOrderWork(plan.seq(), plan.parentSeq(), number, plan.itemId(), plan.itemCode(), plan.quantity(),
				null, operations, materials);
	}
}
