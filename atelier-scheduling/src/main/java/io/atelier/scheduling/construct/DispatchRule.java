package io.atelier.scheduling.construct;

/**
 * Which ready operation to place next. Both rules rank by a key that never decreases while the schedule grows, which
 * lets the scheduler re-evaluate an operation only when it reaches the head of the queue.
 */
public enum DispatchRule {

	/** The operation that can complete first; ties go to the job with the most work remaining. */
	EARLIEST_COMPLETION {
		@Override
		double key(long completion, long due, long remainingWork, int weight) {
			return completion;
		}
	},

	/**
	 * Like {@link #EARLIEST_COMPLETION}, but a job with slack before its due date yields to urgent and heavy jobs, in
	 * the spirit of the apparent tardiness cost rule. The slack counts at most half, so the key still never decreases.
	 */
	TARDINESS_AWARE {
		@Override
		double key(long completion, long due, long remainingWork, int weight) {
			long slack = Math.max(0, due - remainingWork - completion);
			return completion + 0.5 * slack / Math.max(1, weight);
		}
	};

	abstract double key(long completion, long due, long remainingWork, int weight);
}
