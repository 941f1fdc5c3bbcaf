package io.atelier.bench.timefold;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/** The same hard constraints as {@link MakespanConstraints}; soft: the total weighted tardiness of the jobs. */
public class TardinessConstraints implements ConstraintProvider {

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { MakespanConstraints.noCycle(factory), MakespanConstraints.eligibleMachine(factory),
				tardiness(factory) };
	}

	private static Constraint tardiness(ConstraintFactory factory) {
		return factory.forEach(TfOperation.class)
			.filter(o -> o.getEnd() != null && o.getEnd() > o.getJobDue())
			.groupBy(TfOperation::getJob, ConstraintCollectors.max((TfOperation o) -> (o.getEnd() - o.getJobDue()) * o.getJobWeight()))
			.penalize(HardSoftScore.ONE_SOFT, (job, late) -> late)
			.asConstraint("total weighted tardiness");
	}
}
