package io.atelier.scheduling.construct;

import java.util.Random;

import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;

/**
 * Serial schedule generation in the manner of Giffler and Thompson, extended to alternative machines, setups,
 * calendars and workers: pinned operations first, at their pins; then, repeatedly, the ready operation that can
 * complete first fixes a machine and a time, and among the ready operations that could start on that machine before
 * then the dispatch rule picks the one to append. The queue holds each ready operation keyed by its earliest completion,
 * which only grows as resources fill up, so an operation is re-evaluated only when it reaches the head; the conflict set
 * is read from the operations ready for that machine, never from the whole schedule.
 */
public final class ConstructiveScheduler {

	private final DispatchRule rule;

	private final Random random;

	private final double noise;

	/** A deterministic scheduler. */
	public ConstructiveScheduler(DispatchRule rule) {
		this(rule, null, 0);
	}

	/**
	 * A scheduler that, with probability {@code noise} at each step, takes a random operation of the conflict set
	 * instead of the rule's choice, for randomized restarts.
	 */
	public ConstructiveScheduler(DispatchRule rule, Random random, double noise) {
		this.rule = rule;
		this.random = random;
		this.noise = noise;
	}

	public Schedule schedule(Problem problem) {
		return new SerialGeneration(problem, rule, random, noise).schedule();
	}
}
