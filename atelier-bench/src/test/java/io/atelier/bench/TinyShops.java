package io.atelier.bench;

import io.atelier.scheduling.bench.BenchmarkFormat;
import io.atelier.scheduling.bench.InstanceReader;
import io.atelier.scheduling.model.Problem;

/** Two shops small enough that the optimum is known by hand, shared by the reference solvers' tests. */
final class TinyShops {

	private TinyShops() {
	}

	/**
	 * Job 0: 5 on machine 1 or 3 on machine 2, then 3 on machine 2; job 1: 4 on machine 2 (Brandimarte, 1-based). The
	 * best makespan, 8, puts job 0's first operation on machine 1.
	 */
	static Problem flexible() {
		return new InstanceReader().read("2 2 1\n2 2 1 5 2 3 1 2 3\n1 1 2 4\n", BenchmarkFormat.FJSP);
	}

	/** One machine; job 0 takes 4 minutes, due at 4; job 1 takes 2, due at 2. Short first: 0 + (6 − 4) = 2 late. */
	static Problem dueDates() {
		return new InstanceReader().read("1 2\nProcessing times:\n4\n2\nRoutes of jobs:\n1\n1\nDue dates:\n4\n2\n",
				BenchmarkFormat.JSP_DUE);
	}
}
