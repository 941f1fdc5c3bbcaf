package io.atelier.scheduling.check;

/** A broken hard constraint, named after the constraint, with a message a planner can read. */
public record Violation(String constraint, String message) {

	@Override
	public String toString() {
		return constraint + ": " + message;
	}
}
