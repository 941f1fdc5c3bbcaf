package io.atelier.scheduling.search;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/** Shared by the threads of one solve: the deadline, the per-thread iteration budget and the cancel flag. */
public final class StopCondition {

	private final long startNanos;
	private final long deadlineNanos;
	private final long maxIterations;
	private final AtomicBoolean cancel;
	private volatile boolean interrupted;

	public StopCondition(SearchSettings settings) {
		startNanos = System.nanoTime();
		long limit = settings.timeLimit().toNanos();
		deadlineNanos = startNanos + Math.min(limit, Long.MAX_VALUE / 4);
		maxIterations = settings.maxIterations();
		cancel = settings.cancel();
	}

	public boolean shouldStop(long iteration) {
		return iteration >= maxIterations || cancel.get() || interrupted || System.nanoTime() - deadlineNanos >= 0
				|| Thread.currentThread().isInterrupted();
	}

	/** The thread that started the solve was interrupted: all search threads stop at their next iteration. */
	public void interrupt() {
		interrupted = true;
	}

	public long elapsedMillis() {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	/**
	 * Waits for one search thread. If the caller is interrupted, the searches are told to stop and their best so far is
	 * still returned, as with one thread; the interrupt flag is restored afterwards.
	 */
	public <T> T join(Future<T> run) {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return run.get();
				}
				catch (InterruptedException e) {
					interrupted = true;
					interrupt();
				}
				catch (ExecutionException e) {
					throw new IllegalStateException("a search thread failed", e.getCause());
				}
			}
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
