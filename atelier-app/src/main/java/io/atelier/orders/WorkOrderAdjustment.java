package io.atelier.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.atelier.shared.domain.StaleVersionException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Adjusts a released order's work orders to an approved change (docs/orders.md, "Change requests"). Only the lines the
 * change touches are exploded again (a changed line, or one whose due date moved); their new work orders are matched to
 * the existing ones by line and place in the product structure (the item and the items above it):
 * <ul>
 * <li>a matched work order nobody has started takes the new explosion in place and keeps its number;</li>
 * <li>a new one is added, numbered after the order's highest number (numbers are never reused);</li>
 * <li>an existing one no longer needed is cancelled;</li>
 * <li>started work (an operation in progress, paused or done) is never changed: it is kept and flagged for a person to
 * decide, with the reason and the quantity the change asked for.</li>
 * </ul>
 * The same computation gives the impact preview when a change is requested and does the work when it is approved.
 */
@Component
class WorkOrderAdjustment {

	static final String QUANTITY_CHANGED = "QUANTITY_CHANGED";

	static final String NO_LONGER_NEEDED = "NO_LONGER_NEEDED";

	static final String ORDER_CANCELLED = "ORDER_CANCELLED";

	private final OrderExplosion explosion;

	private final WorkOrderRepository workOrders;

	private final ApplicationEventPublisher events;

	private final WorkOrderNumbering numbering;

	WorkOrderAdjustment(OrderExplosion explosion, WorkOrderRepository workOrders, ApplicationEventPublisher events,
			WorkOrderNumbering numbering) {
		this.explosion = explosion;
		this.workOrders = workOrders;
		this.events = events;
		this.numbering = numbering;
	}

	/** The order as the change would leave it. */
	record Target(LocalDate requestedDate, LocalDate promisedDate, Priority priority, List<OrderLine.Content> lines,
			boolean cancel) {

		LocalDate dueDate() {
			return promisedDate != null ? promisedDate : requestedDate;
		}
	}

	private record Flag(WorkOrder workOrder, String reason, BigDecimal quantity) {
	}

	/** What to do to the work orders, and what that is in the change log's words. */
	final class Adjustment {

		private final Map<WorkOrder, WorkOrder.Plan> replans = new LinkedHashMap<>();

		private final List<WorkOrder> additions = new ArrayList<>();

		private final List<WorkOrder> cancels = new ArrayList<>();

		private final List<Flag> flags = new ArrayList<>();

		private final Map<WorkOrder, LocalDate> moves = new LinkedHashMap<>();

		private final List<ChangeImpact.Entry> reexploded = new ArrayList<>();

		private final List<ChangeImpact.Entry> added = new ArrayList<>();

		private final List<ChangeImpact.Entry> removed = new ArrayList<>();

		private final List<ChangeImpact.Entry> flagged = new ArrayList<>();

		private boolean orderCancelled;

		ChangeImpact impact() {
			return new ChangeImpact(List.copyOf(reexploded), List.copyOf(added), List.copyOf(removed),
					List.copyOf(flagged), orderCancelled);
		}

		private void cancel(WorkOrder wo) {
			cancels.add(wo);
			removed.add(new ChangeImpact.Entry(wo.getNumber(), wo.getLineNo(), wo.getItemCode(), wo.getQuantity(), null,
					null));
		}

		private void flag(WorkOrder wo, String reason, BigDecimal quantity) {
			flags.add(new Flag(wo, reason, quantity));
			flagged.add(new ChangeImpact.Entry(wo.getNumber(), wo.getLineNo(), wo.getItemCode(), wo.getQuantity(),
					quantity, reason));
		}

		/** Not-started work no longer needed is cancelled; started work is flagged. */
		private void drop(WorkOrder wo, String reason) {
			if (wo.isStarted()) {
				flag(wo, reason, null);
			}
			else {
				cancel(wo);
			}
		}
	}

	/**
	 * Works out what the change does to the order's work orders, without changing anything.
	 * @throws io.atelier.shared.domain.RuleViolationException naming the line when a changed line cannot be exploded
	 */
	Adjustment compute(CustomerOrder order, Target target) {
		Adjustment adjustment = new Adjustment();
		List<WorkOrder> all = workOrders.findByOrderIdOrderBySeq(order.getId());
		List<WorkOrder> active = all.stream().filter(wo -> wo.getStatus() != WorkStatus.CANCELLED).toList();
		if (target.cancel()) {
			adjustment.orderCancelled = true;
			active.forEach(wo -> adjustment.drop(wo, ORDER_CANCELLED));
			return adjustment;
		}
		// the numbers the additions would take; applying takes them from the counter, splits and merges use it too
		int[] nextSeq = { numbering.highest(order.getId()) + 1 };
		Map<Long, String> keys = keys(all);
		Map<Integer, OrderLine.Content> before = new HashMap<>();
		order.getLines().forEach(line -> before.put(line.lineNo(), line));
		for (int i = 0; i < target.lines().size(); i++) {
			OrderLine.Content line = target.lines().get(i);
			OrderLine.Content old = before.remove(line.lineNo());
			LocalDate due = line.dueDate() != null ? line.dueDate() : target.dueDate();
			if (old != null && sameContent(old, line)
					&& due.equals(old.dueDate() != null ? old.dueDate() : order.getDueDate())) {
				continue; // this line's work orders stay exactly as they are
			}
			List<WorkOrder.Plan> plans = explosion.explodeLine(line, "lines[" + i + "]", due);
			Map<String, WorkOrder> existing = new LinkedHashMap<>();
			active.stream()
				.filter(wo -> wo.getLineNo() == line.lineNo())
				.forEach(wo -> existing.put(keys.get(wo.getId()), wo));
			match(order, adjustment, plans, existing, nextSeq);
		}
		for (OrderLine.Content gone : before.values()) {
			active.stream().filter(wo -> wo.getLineNo() == gone.lineNo()).forEach(wo -> adjustment.drop(wo, NO_LONGER_NEEDED));
		}
		return adjustment;
	}

	private void match(CustomerOrder order, Adjustment adjustment, List<WorkOrder.Plan> plans,
			Map<String, WorkOrder> existing, int[] nextSeq) {
		Map<Integer, String> planKeys = new HashMap<>();
		Map<String, Integer> occurrences = new HashMap<>();
		Map<Integer, WorkOrder> placed = new HashMap<>();
		for (WorkOrder.Plan plan : plans) {
			String base = (plan.parentSeq() == null ? "L" + plan.lineNo() : planKeys.get(plan.parentSeq())) + "/"
					+ plan.itemCode();
			String key = base + "#" + occurrences.merge(base, 1, Integer::sum);
			planKeys.put(plan.seq(), key);
			WorkOrder wo = existing.remove(key);
			if (wo != null) {
				placed.put(plan.seq(), wo);
				if (wo.isStarted()) {
					if (wo.getQuantity().compareTo(plan.quantity()) != 0) {
						adjustment.flag(wo, QUANTITY_CHANGED, plan.quantity());
					}
					else if (!wo.getDueDate().equals(plan.dueDate())) {
						adjustment.moves.put(wo, plan.dueDate());
					}
				}
				else if (differs(wo, plan)) {
					adjustment.replans.put(wo, plan);
					adjustment.reexploded.add(new ChangeImpact.Entry(wo.getNumber(), wo.getLineNo(), wo.getItemCode(),
							wo.getQuantity(), plan.quantity(), null));
				}
			}
			else {
				WorkOrder parent = plan.parentSeq() == null ? null : placed.get(plan.parentSeq());
				int seq = nextSeq[0]++;
				WorkOrder.Plan numbered = new WorkOrder.Plan(plan.lineNo(), seq, null, plan.level(), plan.itemId(),
						plan.itemCode(), plan.itemName(), plan.unit(), plan.quantity(), plan.dueDate(), plan.operations(),
						plan.materials());
				WorkOrder created = new WorkOrder(order.getId(), order.getOrderNumber(), parent, numbered);
				placed.put(plan.seq(), created);
				adjustment.additions.add(created);
				adjustment.added.add(new ChangeImpact.Entry(created.getNumber(), plan.lineNo(), plan.itemCode(), null,
						plan.quantity(), null));
			}
		}
		existing.values().forEach(wo -> adjustment.drop(wo, NO_LONGER_NEEDED));
	}

	/** Does the work: re-explodes, adds, cancels and flags, in the caller's transaction, and publishes what happened. */
	void apply(Adjustment adjustment, long changeRequestId) {
		adjustment.replans.forEach(WorkOrder::replan);
		adjustment.moves.forEach(WorkOrder::moveDueDate);
		adjustment.cancels.forEach(WorkOrder::cancel);
		adjustment.flags.forEach(flag -> flag.workOrder().flagForDecision(flag.reason(), changeRequestId,
				flag.quantity()));
		List<WorkOrder> touched = new ArrayList<>(adjustment.replans.keySet());
		touched.addAll(adjustment.moves.keySet());
		touched.addAll(adjustment.cancels);
		adjustment.flags.forEach(flag -> touched.add(flag.workOrder()));
		if (!adjustment.additions.isEmpty()) {
			int first = numbering.take(adjustment.additions.getFirst().getOrderId(), adjustment.additions.size());
			if (first != adjustment.additions.getFirst().getSeq()) {
				// a split or merge numbered a work order of this order since the change was worked out: try again
				throw new StaleVersionException("CustomerOrder", adjustment.additions.getFirst().getOrderId(),
						adjustment.additions.getFirst().getSeq(), first);
			}
		}
		adjustment.additions.forEach(workOrders::save); // new, parents before their children; the others are managed
		workOrders.flush();
		adjustment.additions.forEach(WorkOrder::released);
		touched.forEach(wo -> wo.takeEvents().forEach(events::publishEvent));
		adjustment.additions.forEach(wo -> wo.takeEvents().forEach(events::publishEvent));
	}

	/**
	 * A work order's place: its line, its item and the items above it, and which of equal siblings it is; cancelled
	 * work orders get a place of their own so that nothing matches them again.
	 */
	private static Map<Long, String> keys(List<WorkOrder> all) {
		Map<Long, String> keys = new HashMap<>();
		Map<String, Integer> occurrences = new HashMap<>();
		for (WorkOrder wo : all) { // by sequence: parents before their children
			Long parent = wo.getParentId();
			String base = (parent == null ? "L" + wo.getLineNo() : keys.get(parent)) + "/" + wo.getItemCode();
			keys.put(wo.getId(), wo.getStatus() == WorkStatus.CANCELLED ? base + "~" + wo.getSeq()
					: base + "#" + occurrences.merge(base, 1, Integer::sum));
		}
		return keys;
	}

	private static boolean sameContent(OrderLine.Content a, OrderLine.Content b) {
		return Objects.equals(a.templateCode(), b.templateCode()) && Objects.equals(a.templateVersion(), b.templateVersion())
				&& Objects.equals(a.itemCode(), b.itemCode()) && a.quantity().compareTo(b.quantity()) == 0
				&& Objects.equals(a.dueDate(), b.dueDate()) && a.parameters().equals(b.parameters());
	}

	private static boolean differs(WorkOrder wo, WorkOrder.Plan plan) {
		if (wo.getQuantity().compareTo(plan.quantity()) != 0 || !wo.getDueDate().equals(plan.dueDate())) {
			return true;
		}
		List<Operation> ops = wo.getOperations();
		if (ops.size() != plan.operations().size() || wo.getMaterials().size() != plan.materials().size()) {
			return true;
		}
		for (int i = 0; i < ops.size(); i++) {
			Operation op = ops.get(i);
			Operation.Plan next = plan.operations().get(i);
			if (op.getStepNo() != next.stepNo() || !op.getPredecessors().equals(next.predecessors())
					|| op.getMachines().size() != next.machines().size()) {
				return true;
			}
			for (int m = 0; m < next.machines().size(); m++) {
				OperationMachine a = op.getMachines().get(m);
				OperationMachine b = next.machines().get(m);
				if (a.machineId() != b.machineId() || a.runMinutes().compareTo(b.runMinutes()) != 0
						|| a.runMinutesPerUnit().compareTo(b.runMinutesPerUnit()) != 0) {
					return true;
				}
			}
		}
		for (int i = 0; i < plan.materials().size(); i++) {
			MaterialRequirement a = wo.getMaterials().get(i);
			MaterialRequirement b = plan.materials().get(i);
			if (a.itemId() != b.itemId() || a.quantity().compareTo(b.quantity()) != 0
					|| !a.needDate().equals(b.needDate())) {
				return true;
			}
		}
		return false;
	}
}
