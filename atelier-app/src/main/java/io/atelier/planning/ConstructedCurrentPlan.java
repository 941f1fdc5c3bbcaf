package io.atelier.planning;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Component;

import io.atelier.orders.OrderWork;
import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.check.Violation;
import io.atelier.scheduling.construct.ConstructiveScheduler;
import io.atelier.scheduling.construct.DispatchRule;
import io.atelier.scheduling.model.Schedule;

/**
 * The current plan until plans are published: all released, unfinished work scheduled from now by the engine's
 * tardiness-aware dispatch rule (one constructive pass: on the demo factory's scale it takes well under a second, see
 * docs/planning.md), and verified by the engine's independent checker. Built afresh on every call, so it always
 * reflects the latest releases and shop-floor reports.
 */
@Component
class ConstructedCurrentPlan implements CurrentPlan {

	static final String METHOD = "constructive, tardiness-aware dispatch";

	private final OrderWork work;

	private final ProblemTranslation translation;

	private final Clock clock;

	ConstructedCurrentPlan(OrderWork work, ProblemTranslation translation) {
		this.work = work;
		this.translation = translation;
		this.clock = Clock.systemUTC();
	}

	@Override
	public PlanSnapshot current() {
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
