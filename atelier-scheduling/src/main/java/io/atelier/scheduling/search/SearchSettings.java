package io.atelier.scheduling.search;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How long and how wide to search. The search stops at whichever comes first: the time limit, the iteration budget
 * (per thread), or {@code cancel} set to true (or the calling thread interrupted). With an iteration budget and no
 * time limit the result is deterministic for a given seed and thread count.
 */
public record SearchSettings(long seed, int threads, Duration timeLimit, long maxIterations, AtomicBoolean cancel,
		ProgressListener listener) {

	public SearchSettings {
		if (threads < 1 || maxIterations < 0 || timeLimit.isNegative()) {
			throw new IllegalArgumentException("threads ≥ 1, iterations and time limit ≥ 0");
		}
	}

	public static SearchSettings iterations(long seed, int threads, long maxIterations) {
		return new SearchSettings(seed, threads, Duration.ofDays(365), maxIterations, new AtomicBoolean(),
				(millis, best) -> {
				});
	}

	public static SearchSettings timed(long seed, int threads, Duration timeLimit) {
		return new SearchSettings(seed, threads, timeLimit, Long.MAX_VALUE, new AtomicBoolean(), (millis, best) -> {
		});
	}

	public SearchSettings withListener(ProgressListener value) {
		return new SearchSettings(seed, threads, timeLimit, maxIterations, cancel, value);
	}
}
