package io.atelier.planning;

import java.time.Duration;
import java.time.Instant;

import io.atelier.scheduling.model.Schedule;

/**
 * A plan: the factory's problem and the schedule of it, checked feasible; when and how it was made, and how long that
 * took.
 */
public record PlanSnapshot(FactoryProblem problem, Schedule schedule, Instant madeAt, String method,
		Duration buildTime) {

	public int orders() {
		return problem.orders().size();
	}

	public int operations() {
		return problem.problem().operations().size();
	}
}
