package io.atelier.scheduling.search;

/** Told each time the solver's best score improves; called from search threads, one call at a time. */
@FunctionalInterface
public interface ProgressListener {

	void improved(long elapsedMillis, Score best);

	/** Passes on only improvements of the best over all threads. */
	static ProgressListener bestOnly(ProgressListener listener) {
		return new ProgressListener() {
			private Score best;

			@Override
			public synchronized void improved(long elapsedMillis, Score score) {
				if (score.isBetterThan(best)) {
					best = score;
					listener.improved(elapsedMillis, score);
				}
			}
		};
	}
}
