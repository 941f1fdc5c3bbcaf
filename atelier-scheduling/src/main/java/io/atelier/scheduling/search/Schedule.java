package io.atelier.scheduling.search;

/** Start and end time of each operation, indexed like the problem's operations. */
public record Schedule(long[] start, long[] end) {

	public long makespan() {
		long makespan = 0;
		for (long e : end) {
			makespan = Math.max(makespan, e);
		}
		return makespan;
	}

	/** Sum over jobs of weight × max(0, completion − due date). */
	public long weightedTardiness(ShopProblem problem) {
		long[] completion = new long[problem.jobCount()];
		for (int op = 0; op < end.length; op++) {
			int job = problem.jobOf(op);
			completion[job] = Math.max(completion[job], end[op]);
		}
		long sum = 0;
		for (int job = 0; job < completion.length; job++) {
			sum += problem.weight(job) * Math.max(0, completion[job] - problem.dueDate(job));
		}
		return sum;
	}

	public Score score(ShopProblem problem) {
		long makespan = makespan();
		return problem.objective() == Objective.MAKESPAN ? new Score(makespan, makespan)
				: new Score(weightedTardiness(problem), makespan);
	}
}
