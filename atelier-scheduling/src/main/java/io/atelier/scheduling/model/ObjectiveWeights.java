package io.atelier.scheduling.model;

/**
 * How much a minute of each secondary objective counts when the objectives below tardiness are added into one number.
 * Tardiness itself is weighted per job ({@link Job#weight()}).
 */
public record ObjectiveWeights(long makespan, long flowTime, long setup, long earliness) {

	public static final ObjectiveWeights DEFAULT = new ObjectiveWeights(1, 0, 1, 0);
}
