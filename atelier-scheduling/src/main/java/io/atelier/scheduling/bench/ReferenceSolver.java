package io.atelier.scheduling.bench;

import java.time.Duration;
import java.util.Optional;

import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.search.Objective;

/**
 * A second solver that {@code --compare NAME} runs after the engine on each instance, with the same time limit, threads
 * and seed, so both are measured in one run on the same machine. It lives outside this module (OR-Tools is a
 * dependency the engine must not have), and its schedule goes through the same checker as the engine's.
 */
public interface ReferenceSolver {

	/** The name {@code --compare} takes, such as {@code cp-sat}; its columns are prefixed with it, less the dashes. */
	String name();

	/** The best schedule found within the limit, or empty when none was found. */
	Optional<Schedule> solve(Problem problem, Objective objective, Duration limit, int threads, long seed);
}
