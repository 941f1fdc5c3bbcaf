package io.atelier.scheduling.search;

/** What the search minimises. */
public enum Objective {
	/** The latest completion time of any operation. */
	MAKESPAN,
	/** The sum over jobs of weight × max(0, completion − due date); ties broken by makespan. */
	TOTAL_WEIGHTED_TARDINESS
}
