package io.atelier.bench.timefold;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * The planning solution of the critical-path model. Hard: operations in a cycle or on an ineligible machine; medium:
 * the objective (makespan or total weighted tardiness); soft: the makespan, the engine's tie-break for tardiness.
 */
@PlanningSolution
public class FsSchedule {

	@PlanningEntityCollectionProperty
	private List<FsMachine> machines;

	@ProblemFactCollectionProperty
	private List<FsOperation> operations;

	/** The problem's arrays: immutable, so clones of the solution share them. */
	private ShopData data;

	@PlanningScore
	private HardMediumSoftScore score;

	public FsSchedule() {
	}

	public FsSchedule(ShopData data, List<FsMachine> machines, List<FsOperation> operations) {
		this.data = data;
		this.machines = machines;
		this.operations = operations;
	}

	public ShopData getData() {
		return data;
	}

	public void setData(ShopData data) {
		this.data = data;
	}

	public List<FsMachine> getMachines() {
		return machines;
	}

	public void setMachines(List<FsMachine> machines) {
		this.machines = machines;
	}

	public List<FsOperation> getOperations() {
		return operations;
	}

	public void setOperations(List<FsOperation> operations) {
		this.operations = operations;
	}

	public HardMediumSoftScore getScore() {
		return score;
	}

	public void setScore(HardMediumSoftScore score) {
		this.score = score;
	}
}
