package io.atelier.bench.timefold;

import java.util.List;
import java.util.SequencedCollection;

import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

/**
 * Moves an operation of a flexible shop to another eligible machine, at the position its current start time suggests
 * there.
 */
public record ReassignMove(FsMachine source, int from, FsMachine target, int to, FsOperation operation)
		implements Move<FsSchedule> {

	@Override
	public void execute(MutableSolutionView<FsSchedule> view) {
		view.moveValueBetweenLists(ReorderMove.operations(view), source, from, target, to);
	}

	@Override
	public SequencedCollection<Object> getPlanningEntities() {
		return List.of(source, target);
	}

	@Override
	public SequencedCollection<Object> getPlanningValues() {
		return List.of(operation);
	}

	@Override
	public String describe() {
		return "Reassign";
	}
}
