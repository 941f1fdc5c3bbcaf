package io.atelier.bench.timefold;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/** Hard: machine orders without a cycle, eligible machines. Soft: the makespan. */
public class MakespanConstraints implements ConstraintProvider {

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { noCycle(factory), eligibleMachine(factory), makespan(factory) };
	}

	static Constraint noCycle(ConstraintFactory factory) {
		return factory.forEachUnfiltered(TfOperation.class)
			.filter(TfOperation::isInconsistent)
			.penalize(HardSoftScore.ONE_HARD)
			.asConstraint("order without a cycle");
	}

	static Constraint eligibleMachine(ConstraintFactory factory) {
		return factory.forEach(TfOperation.class)
			.filter(o -> o.getMachine() != null && !o.eligible(o.getMachine().getIndex()))
			.penalize(HardSoftScore.ONE_HARD)
			.asConstraint("eligible machine");
	}

	private static Constraint makespan(ConstraintFactory factory) {
		return factory.forEach(TfOperation.class)
			.filter(o -> o.getEnd() != null)
			.groupBy(ConstraintCollectors.max((TfOperation o) -> o.getEnd()))
			.penalize(HardSoftScore.ONE_SOFT, end -> end)
			.asConstraint("makespan");
	}
}
