package io.atelier.bench.timefold;

import java.util.concurrent.atomic.LongAdder;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.calculator.EasyScoreCalculator;

import io.atelier.scheduling.search.Objective;

/**
 * Scores a solution by one longest-path pass over the disjunctive graph, O(operations) per move: much faster than
 * Constraint Streams over declarative shadow variables, and about 1.5 times slower than {@link DownstreamScore}, which
 * redoes the pass downstream of the change only. Selected with {@code -Datelier.timefold.score=easy}.
 */
public class LongestPathScore implements EasyScoreCalculator<FsSchedule, HardMediumSoftScore> {

	/** Score calculations over all solvers, for the moves per second the benchmark reports. */
	public static final LongAdder CALCULATIONS = new LongAdder();

	private LongestPath path;

	@Override
	public HardMediumSoftScore calculateScore(FsSchedule solution) {
		CALCULATIONS.increment();
		LongestPath p = workspace(solution.getData());
		synchronized (p) {
			if (!p.compute(solution.getMachines())) {
				return HardMediumSoftScore.of(-(p.data.operations - p.reached) - p.ineligible, 0, 0);
			}
			long makespan = p.makespan();
			long objective = p.data.objective == Objective.MAKESPAN ? makespan : p.weightedTardiness();
			return HardMediumSoftScore.of(-p.ineligible, -objective, -makespan);
		}
	}

	private synchronized LongestPath workspace(ShopData data) {
		if (path == null || path.data != data) {
			path = new LongestPath(data);
		}
		return path;
	}
}
