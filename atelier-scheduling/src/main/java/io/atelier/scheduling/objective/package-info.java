/**
 * The one place where the quality of a schedule is measured and explained: hard feasibility first, then the soft
 * objectives in the order of the planner's {@link io.atelier.scheduling.objective.Emphasis}.
 */
package io.atelier.scheduling.objective;
