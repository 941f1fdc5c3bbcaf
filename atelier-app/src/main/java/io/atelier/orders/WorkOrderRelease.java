package io.atelier.orders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.atelier.shared.domain.ConflictException;

/**
 * Writes the work orders of an order being released, in the release's transaction: the explosion is computed first,
 * so that an order whose lines cannot be exploded is refused with nothing written.
 */
@Component
class WorkOrderRelease {

	private final OrderExplosion explosion;

	private final WorkOrderRepository workOrders;

	private final ApplicationEventPublisher events;

	private final OperationSpecSnapshots specs;

	WorkOrderRelease(OrderExplosion explosion, WorkOrderRepository workOrders, ApplicationEventPublisher events,
			OperationSpecSnapshots specs) {
		this.explosion = explosion;
		this.workOrders = workOrders;
		this.events = events;
		this.specs = specs;
	}

	/** @throws io.atelier.shared.domain.RuleViolationException naming the line that cannot be exploded */
	List<WorkOrder.Plan> plan(CustomerOrder order) {
		return explosion.explode(order);
	}

	/** Saves the planned work orders, parents first, and publishes {@link WorkOrderReleased} for each. */
	void write(CustomerOrder order, List<WorkOrder.Plan> plans) {
		if (workOrders.existsByOrderId(order.getId())) {
			throw new ConflictException("status", "orders.release.already-exploded", order.getOrderNumber());
		}
		Map<Integer, WorkOrder> bySeq = new HashMap<>();
		for (WorkOrder.Plan plan : plans) {
			WorkOrder parent = plan.parentSeq() == null ? null : bySeq.get(plan.parentSeq());
			bySeq.put(plan.seq(), workOrders.save(new WorkOrder(order.getId(), order.getOrderNumber(), parent, plan)));
		}
		workOrders.flush();
		specs.take(bySeq.values()); // the steps' instructions, parameters and drawings, as released
		for (WorkOrder.Plan plan : plans) {
			WorkOrder saved = bySeq.get(plan.seq());
			saved.released();
			saved.takeEvents().forEach(events::publishEvent);
		}
	}
}
