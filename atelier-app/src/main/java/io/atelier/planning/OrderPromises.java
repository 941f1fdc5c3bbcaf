package io.atelier.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import io.atelier.orders.OrderWork;
import io.atelier.orders.OrderWork.WorkOfOrder;
import io.atelier.orders.Orders;
import io.atelier.orders.Orders.OrderView;
import io.atelier.orders.Orders.PromiseCommand;
import io.atelier.planning.PromiseProposal.LimitingMaterial;
import io.atelier.planning.PromiseProposal.PlanBasis;
import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.promise.Promise;
import io.atelier.shared.domain.RuleViolationException;

/**
 * Capable-to-promise for customer orders (docs/planning.md, "Promise"): the order's lines are exploded as a release
 * would (nothing is written), placed by the engine's promise call behind everything the current plan holds, with each
 * work order waiting for its bought materials (today plus their lead time); the proposed date is the day production
 * completes. The planner then promises that date or another with a reason.
 */
@Service
public class OrderPromises {

	private final CurrentPlan plans;

	private final OrderWork work;

	private final ProblemTranslation translation;

	private final Orders orders;

	OrderPromises(CurrentPlan plans, OrderWork work, ProblemTranslation translation, Orders orders) {
		this.plans = plans;
		this.work = work;
		this.translation = translation;
		this.orders = orders;
	}

	/**
	 * The proposal for a draft or confirmed order (409 otherwise, 404 when the caller may not see it; 422 naming the
	 * line that cannot be exploded, or when the order cannot complete within the planning horizon).
	 */
	public PromiseProposal propose(long orderId) {
		WorkOfOrder order = work.preview(orderId);
		if (order.workOrders().isEmpty()) {
			throw new RuleViolationException("lines", "orders.lines.required");
		}
		PlanSnapshot plan = plans.current();
		long started = System.nanoTime();
		FactoryProblem current = plan.problem();
		ProblemTranslation.Prospect prospect = translation.prospect(current, order);
		long completion = completion(plan, prospect, prospect.operations());
		if (completion >= Calendar.NEVER / 2) {
			throw new RuleViolationException("promisedDate", "planning.promise.beyond-horizon",
					translation.horizonDays());
		}
		long withoutMaterials = completion(plan, prospect, withoutMaterialDates(prospect.operations()));
		LimitingMaterial limiting = completion > withoutMaterials ? limiting(prospect) : null;
		TimeAxis axis = current.axis();
		LocalDate proposed = completion <= 0 ? axis.today() : axis.dayOfLastMinute(completion);
		return new PromiseProposal(order.orderId(), order.orderNumber(), order.requestedDate(), proposed,
				axis.instant(completion), limiting, order.workOrders().size(), prospect.operations().size(),
				new PlanBasis(plan.madeAt(), plan.method(), plan.orders(), plan.operations(),
						plan.buildTime().toMillis()),
				(System.nanoTime() - started) / 1_000_000);
	}

	/** Promises the order (see {@link Orders#promise}). */
	public OrderView promise(long orderId, PromiseCommand command) {
		return orders.promise(orderId, command);
	}

	private static long completion(PlanSnapshot plan, ProblemTranslation.Prospect prospect, List<Operation> operations) {
		return Promise.earliestCompletion(plan.problem().problem(), plan.schedule(), prospect.job(), operations, 0)
			.completion();
	}

	private static List<Operation> withoutMaterialDates(List<Operation> operations) {
		List<Operation> free = new ArrayList<>();
		for (Operation o : operations) {
			free.add(new Operation(o.id(), o.job(), o.predecessors(), o.machines(), o.family(), o.skill(), 0, o.pin()));
		}
		return free;
	}

	/** The latest-arriving bought item: the one the order waits for longest. */
	private static LimitingMaterial limiting(ProblemTranslation.Prospect prospect) {
		return prospect.materials()
			.stream()
			.max(Comparator.comparing(MaterialArrival::arrival).thenComparing(MaterialArrival::leadTimeDays))
			.map(m -> new LimitingMaterial(m.itemCode(), m.itemName(), m.workOrderNumber(), m.leadTimeDays(),
					m.arrival()))
			.orElse(null);
	}
}
