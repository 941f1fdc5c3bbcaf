package io.atelier.scheduling.search;

import java.util.concurrent.atomic.AtomicBoolean;

/** Shared by the threads of one solve: the deadline, the per-thread iteration budget and the cancel flag. */
final class StopCondition {

	private final long startNanos;
	private final long deadlineNanos;
	private final long maxIterations;
	private final AtomicBoolean cancel;
	private volatile boolean interrupted;

	StopCondition(SearchSettings settings) {
		startNanos = System.nanoTime();
		long limit = settings.timeLimit().toNanos();
		deadlineNanos = startNanos + Math.min(limit, Long.MAX_VALUE / 4);
		maxIterations = settings.maxIterations();
		cancel = settings.cancel();
	}

	boolean shouldStop(long iteration) {
		return iteration >= maxIterations || cancel.get() || interrupted || System.nanoTime() - deadlineNanos >= 0
				|| Thread.currentThread().isInterrupted();
	}

	/** The thread that started the solve was interrupted: all search threads stop at their next iteration. */
	void interrupt() {
		interrupted = true;
	}

	long elapsedMillis() {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}
}
