package io.atelier.scheduling.search;

/** Told each time the solver's best score improves; called from search threads, one call at a time. */
@FunctionalInterface
public interface ProgressListener {

	void improved(long elapsedMillis, Score best);
}
