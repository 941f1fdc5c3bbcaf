package io.atelier.planning;

/**
 * The plan the factory works to: where and when every open operation runs. Promises are computed against it. Until
 * plans are published (a later item), {@link ConstructedCurrentPlan} builds one from the released work when asked.
 */
public interface CurrentPlan {

	/** The plan as of now; never infeasible (a plan that fails the engine's checker is an error). */
	PlanSnapshot current();
}
