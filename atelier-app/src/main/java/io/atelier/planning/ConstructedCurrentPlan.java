package io.atelier.planning;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.atelier.orders.OrderWork;
import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.check.Violation;
import io.atelier.scheduling.construct.ConstructiveScheduler;
import io.atelier.scheduling.construct.DispatchRule;
import io.atelier.scheduling.model.Schedule;

/**
 * The current plan until plans are published: all released, unfinished work scheduled from now by the engine's
 * tardiness-aware dispatch rule (one constructive pass: on the demo factory's scale it takes well under a second, see
 * docs/planning.md), and verified by the engine's independent checker. The plan is reused until any event of the
 * orders module (a release, a shop-floor report, a hold, …) is committed or rolled back, or it is older than
 * {@code atelier.planning.plan-max-age}: building it grows faster than the work (2.6 s for 3,700 operations, 18 s for
 * 11,100 on the shared development machine), placing one order against it does not.
 */
@Component
class ConstructedCurrentPlan implements CurrentPlan {

	static final String METHOD = "constructive, tardiness-aware dispatch";

	private static final String ORDERS = OrderWork.class.getPackageName();

	private final OrderWork work;

	private final ProblemTranslation translation;

	private final Clock clock;

	private final Duration maxAge;

	/** Counts the orders module's events (and their transactions' ends) that may have changed the open work. */
	private final AtomicLong changes = new AtomicLong();

	private volatile Cached cached;

	private record Cached(PlanSnapshot plan, long changes) {
	}

	ConstructedCurrentPlan(OrderWork work, ProblemTranslation translation, PlanningSettings settings) {
		this.work = work;
		this.translation = translation;
		this.clock = Clock.systemUTC();
		this.maxAge = settings.planMaxAge();
	}

	@Override
	public PlanSnapshot current() {
		long seen = changes.get();
		Cached last = cached;
		if (last != null && last.changes() == seen
				&& Duration.between(last.plan().madeAt(), clock.instant()).compareTo(maxAge) < 0) {
			return last.plan();
		}
		PlanSnapshot plan = build();
		cached = new Cached(plan, seen);
		return plan;
	}

	/**
	 * An event of the orders module may change the open work: the plan is stale now, and again when the transaction
	 * that published it ends (a plan built in between may have read the data before the commit).
	 */
	@EventListener
	void onEvent(Object event) {
		Object payload = event instanceof PayloadApplicationEvent<?> wrapped ? wrapped.getPayload() : event;
		if (!payload.getClass().getPackageName().equals(ORDERS)) {
			return;
		}
		changes.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					changes.incrementAndGet();
				}
			});
		}
	}

	private PlanSnapshot build() {
		long started = System.nanoTime();
		var made = clock.instant();
		FactoryProblem problem = translation.translate(work.open(), made);
		Schedule schedule = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(problem.problem());
		List<Violation> violations = new ScheduleChecker().check(problem.problem(), schedule);
		if (!violations.isEmpty()) {
			throw new IllegalStateException("the current plan breaks " + violations.size() + " constraints, first: "
					+ violations.get(0));
		}
		return new PlanSnapshot(problem, schedule, problem.axis().origin(), METHOD,
				Duration.ofNanos(System.nanoTime() - started));
	}
}
