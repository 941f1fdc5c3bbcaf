package io.atelier.scheduling.objective;

import java.util.Comparator;

/**
 * What the planner wants first. Whatever the emphasis, a schedule with fewer broken hard constraints is better; the
 * emphasis orders the soft objectives below that, and each level only breaks ties of the levels above it.
 * <ol>
 * <li>{@link #ON_TIME}: weighted tardiness, then the weighted sum of makespan, flow time, setup and earliness.</li>
 * <li>{@link #THROUGHPUT}: makespan, then weighted tardiness, then the weighted sum of flow time, setup and earliness.
 * </li>
 * </ol>
 */
public enum Emphasis {

	ON_TIME(Comparator.comparingLong(ObjectiveValues::hardViolations)
		.thenComparingLong(ObjectiveValues::weightedTardiness)
		.thenComparingLong(ObjectiveValues::weightedRest)),

	THROUGHPUT(Comparator.comparingLong(ObjectiveValues::hardViolations)
		.thenComparingLong(ObjectiveValues::makespan)
		.thenComparingLong(ObjectiveValues::weightedTardiness)
		.thenComparingLong(ObjectiveValues::weightedRestWithoutMakespan));

	private final Comparator<ObjectiveValues> order;

	Emphasis(Comparator<ObjectiveValues> order) {
		this.order = order;
	}

	/** Orders objective values best first. */
	public Comparator<ObjectiveValues> order() {
		return order;
	}
}
