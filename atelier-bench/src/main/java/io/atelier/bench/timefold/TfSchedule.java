package io.atelier.bench.timefold;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.score.HardSoftScore;

/** The planning solution: machines with their lists, and the operations. */
@PlanningSolution
public class TfSchedule {

	@PlanningEntityCollectionProperty
	private List<TfMachine> machines;

	@PlanningEntityCollectionProperty
	private List<TfOperation> operations;


	@PlanningScore
	private HardSoftScore score;

	public TfSchedule() {
	}

	public TfSchedule(List<TfMachine> machines, List<TfOperation> operations) {
		this.machines = machines;
		this.operations = operations;
	}

	public List<TfMachine> getMachines() {
		return machines;
	}

	public List<TfOperation> getOperations() {
		return operations;
	}

	public void setScore(HardSoftScore score) {
		this.score = score;
	}

	public void setMachines(List<TfMachine> machines) {
		this.machines = machines;
	}

	public void setOperations(List<TfOperation> operations) {
		this.operations = operations;
	}

	public HardSoftScore getScore() {
		return score;
	}
}
