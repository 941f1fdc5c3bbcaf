package io.atelier.bench.timefold;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

/** A machine and its operation order, the planning list variable of the critical-path model. */
@PlanningEntity
public class FsMachine {

	@PlanningId
	private Integer index;

	private List<FsOperation> eligible = new ArrayList<>();

	@PlanningListVariable(valueRangeProviderRefs = "eligibleOperations")
	private List<FsOperation> operations = new ArrayList<>();

	public FsMachine() {
	}

	public FsMachine(int index) {
		this.index = index;
	}

	public Integer getIndex() {
		return index;
	}

	public void setIndex(Integer index) {
		this.index = index;
	}

	@ValueRangeProvider(id = "eligibleOperations")
	public List<FsOperation> getEligible() {
		return eligible;
	}

	public List<FsOperation> getOperations() {
		return operations;
	}

	public void setOperations(List<FsOperation> operations) {
		this.operations = operations;
	}

	@Override
	public String toString() {
		return "m" + index;
	}
}
