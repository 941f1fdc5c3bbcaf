package io.atelier.bench.timefold;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

/** A machine and the order of the operations on it: the planning list variable. */
@PlanningEntity
public class TfMachine {

	@PlanningId
	private Integer index;

	/** The operations that may run here: the list variable's value range, per machine. */
	private List<TfOperation> eligible = new ArrayList<>();

	@PlanningListVariable(valueRangeProviderRefs = "eligible")
	private List<TfOperation> operations = new ArrayList<>();

	public TfMachine() {
	}

	public TfMachine(int index) {
		this.index = index;
	}

	public Integer getIndex() {
		return index;
	}

	@ValueRangeProvider(id = "eligible")
	public List<TfOperation> getEligible() {
		return eligible;
	}

	public List<TfOperation> getOperations() {
		return operations;
	}

	public void setOperations(List<TfOperation> operations) {
		this.operations = operations;
	}

	public void setIndex(Integer index) {
		this.index = index;
	}

	@Override
	public String toString() {
		return "m" + index;
	}
}
