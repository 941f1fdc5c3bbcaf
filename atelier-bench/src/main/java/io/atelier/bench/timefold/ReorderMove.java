package io.atelier.bench.timefold;

import java.util.List;
import java.util.SequencedCollection;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

/**
 * Moves the operation at {@code from} in a machine's list so that it ends at {@code to}: with {@code |from − to| = 1}
 * the swap of two adjacent operations (N5), otherwise an operation moved to the front or back of its critical block or
 * next to one inside it (N7). {@code segment} holds the operations at positions {@code from..to} before the move.
 */
public record ReorderMove(FsMachine machine, int from, int to, List<FsOperation> segment) implements Move<FsSchedule> {

	@Override
	public void execute(MutableSolutionView<FsSchedule> view) {
		view.moveValueInList(operations(view), machine, from, to);
	}

	@Override
	public SequencedCollection<Object> getPlanningEntities() {
		return List.of(machine);
	}

	/**
	 * The operations from {@code from} to {@code to}, whose order the move changes: the tabu attribute, as in the
	 * engine. Only the moved operation would let the next step move its neighbour back, and the search would cycle.
	 */
	@Override
	public SequencedCollection<Object> getPlanningValues() {
		return List.copyOf(segment);
	}

	@Override
	public String describe() {
		return "Reorder";
	}

	static PlanningListVariableMetaModel<FsSchedule, FsMachine, FsOperation> operations(
			MutableSolutionView<FsSchedule> view) {
		return view.getSolutionMetaModel().genuineEntity(FsMachine.class).listVariable();
	}
}
