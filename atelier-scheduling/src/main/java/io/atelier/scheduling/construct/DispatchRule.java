package io.atelier.scheduling.construct;

/**
 * Which operation a machine takes next, among the ready operations that could start there before the earliest possible
 * completion of any ready operation (the conflict set of Giffler and Thompson). A lower priority value goes first.
 */
public enum DispatchRule {

	/** The operation that completes first: greedy and compact. */
	EARLIEST_COMPLETION {
		@Override
		double priority(long completion, long due, long remainingWork, int weight) {
			return completion;
		}
	},

	/** The operation of the job with the most work remaining, which keeps the critical jobs moving: for makespan. */
	MOST_WORK_REMAINING {
		@Override
		double priority(long completion, long due, long remainingWork, int weight) {
			return -remainingWork;
		}
	},

	/**
	 * Like {@link #EARLIEST_COMPLETION}, but a job with slack before its due date yields to urgent and heavy jobs, in
	 * the spirit of the apparent tardiness cost rule.
	 */
	TARDINESS_AWARE {
		@Override
		double priority(long completion, long due, long remainingWork, int weight) {
			long slack = Math.max(0, due - remainingWork - completion);
			return completion + 0.5 * slack / Math.max(1, weight);
		}
	};

	abstract double priority(long completion, long due, long remainingWork, int weight);
}
