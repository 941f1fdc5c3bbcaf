package io.atelier.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.atelier.customers.Customers;
import io.atelier.orders.OrderStatus;
import io.atelier.orders.Orders;
import io.atelier.orders.Orders.OrderCommand;
import io.atelier.orders.Orders.OrderView;
import io.atelier.orders.Orders.TransitionCommand;
import io.atelier.orders.WorkOrders;
import io.atelier.orders.WorkOrders.OperationAction;
import io.atelier.orders.WorkOrders.WorkOrderOperationView;
import io.atelier.orders.WorkOrders.WorkOrderView;
import io.atelier.orders.WorkStatus;

/**
 * Enters the demo orders ({@link DemoOrderPlan}) and takes each to its status through the orders module's own API, as a
 * planner and the shop floor would: entered, confirmed, released (exploded into work orders), production started with
 * operations started and finished, completed, shipped, held or cancelled with a reason. So events, work orders and the
 * audit trail are the real ones.
 */
@Component
class DemoOrders {

	private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);

	private final Orders orders;

	private final WorkOrders workOrders;

	private final Customers customers;

	private final EntityManager entityManager;

	private int reports;

	DemoOrders(Orders orders, WorkOrders workOrders, Customers customers, EntityManager entityManager) {
		this.orders = orders;
		this.workOrders = workOrders;
		this.customers = customers;
		this.entityManager = entityManager;
	}

	/** Runs in the demo factory's transaction. @return the number of orders entered */
	int load() {
		long start = System.nanoTime();
		reports = 0;
		LocalDate today = LocalDate.now();
		List<DemoOrderPlan.PlannedOrder> planned = DemoOrderPlan.orders();
		for (DemoOrderPlan.PlannedOrder order : planned) {
			enter(order, today);
			// everything is written; a persistence context of thousands of operations would slow every later flush
			entityManager.flush();
			entityManager.clear();
		}
		log.info("Entered {} demo orders and reported {} operation starts and finishes in {} ms.", planned.size(),
				reports, (System.nanoTime() - start) / 1_000_000);
		return planned.size();
	}

	private void enter(DemoOrderPlan.PlannedOrder plan, LocalDate today) {
		long customerId = customers.findByCode(plan.customerCode())
			.orElseThrow(() -> new IllegalStateException("Demo orders name unknown customer " + plan.customerCode()))
			.id();
		OrderView order = orders.create(new OrderCommand(null, null, customerId, today.plusDays(plan.dueInDays()),
				plan.priority(), plan.notes(), plan.lines()));
		OrderStatus target = plan.status() == OrderStatus.ON_HOLD ? plan.heldFrom() : plan.status();
		if (target == OrderStatus.CANCELLED) {
			target = plan.dueInDays() % 2 == 0 ? OrderStatus.DRAFT : OrderStatus.CONFIRMED;
		}
		order = advance(order, target, plan.progress());
		if (plan.status() == OrderStatus.ON_HOLD) {
			orders.hold(order.id(), new TransitionCommand(order.version(), plan.reason()));
		}
		else if (plan.status() == OrderStatus.CANCELLED) {
			orders.cancel(order.id(), new TransitionCommand(order.version(), plan.reason()));
		}
	}

	/** Takes a draft forward step by step until it reaches the target status. */
	private OrderView advance(OrderView order, OrderStatus target, double progress) {
		while (order.status() != target) {
			TransitionCommand command = new TransitionCommand(order.version(), null);
			order = switch (order.status()) {
				case DRAFT -> orders.confirm(order.id(), command);
				case CONFIRMED -> orders.release(order.id(), command);
				case RELEASED -> orders.startProduction(order.id(), command);
				case IN_PRODUCTION -> {
					reportWork(order.id(), target == OrderStatus.IN_PRODUCTION ? progress : 1);
					yield orders.complete(order.id(), new TransitionCommand(orders.get(order.id()).version(), null));
				}
				case COMPLETED -> orders.ship(order.id(), command);
				default -> throw new IllegalStateException("Demo order cannot reach " + target + " from " + order.status());
			};
			if (order.status() == OrderStatus.IN_PRODUCTION && target == OrderStatus.IN_PRODUCTION) {
				reportWork(order.id(), progress);
			}
		}
		return order;
	}

	/**
	 * Reports a share of the order's operations done, parts and sub-assemblies before what they are made for (reverse
	 * depth-first order), and starts the next ready operation so that some work is in progress.
	 */
	private void reportWork(long orderId, double share) {
		List<WorkOrderView> all = workOrders.ofOrder(orderId);
		int total = all.stream().mapToInt(wo -> wo.operations().size()).sum();
		// in production: at least one operation done and one left, whatever the share
		int toFinish = share >= 1 ? total : Math.clamp(Math.round(total * share), 1, Math.max(1, total - 1));
		for (WorkOrderView workOrder : all.reversed()) {
			while (toFinish > 0) {
				Optional<WorkOrderOperationView> ready = next(workOrder);
				if (ready.isEmpty()) {
					break;
				}
				workOrders.report(ready.get().id(), OperationAction.START);
				workOrder = workOrders.report(ready.get().id(), OperationAction.FINISH);
				reports += 2;
				toFinish--;
			}
			if (toFinish == 0) {
				next(workOrder).ifPresent(op -> {
					workOrders.report(op.id(), OperationAction.START);
					reports++;
				});
				return;
			}
		}
	}

	private static Optional<WorkOrderOperationView> next(WorkOrderView workOrder) {
		return workOrder.operations().stream().filter(op -> op.status() == WorkStatus.READY).findFirst();
	}
}
