package io.atelier.scheduling.search;

/**
 * The value of a schedule under an objective, lower is better: {@code primary} is the objective (the makespan itself for
 * {@link Objective#MAKESPAN}), {@code makespan} the tie-break.
 */
public record Score(long primary, long makespan) implements Comparable<Score> {

	@Override
	public int compareTo(Score other) {
		int byPrimary = Long.compare(primary, other.primary);
		return byPrimary != 0 ? byPrimary : Long.compare(makespan, other.makespan);
	}

	public boolean isBetterThan(Score other) {
		return other == null || compareTo(other) < 0;
	}
}
