package io.atelier.bench.timefold;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowVariablesInconsistent;

/**
 * One operation in a machine's list. Its end is a declarative shadow variable: the latest of its earliest start, its
 * machine predecessor's end and each job predecessor's end plus the lag, plus its processing time on that machine.
 * Orders that make a cycle across machines leave it inconsistent, which the constraints penalise as hard.
 */
@PlanningEntity
public class TfOperation {

	@PlanningId
	private Integer id;

	private int job;

	/** The job's due date and weight, for total weighted tardiness. */
	private long jobDue;

	private long jobWeight;

	private long earliestStart;

	/** Processing time per machine index, -1 where not eligible. */
	private long[] durations;

	private List<TfOperation> predecessors = new ArrayList<>();

	private long[] lags;

	@InverseRelationShadowVariable(sourceVariableName = "operations")
	private TfMachine machine;

	@PreviousElementShadowVariable(sourceVariableName = "operations")
	private TfOperation previous;

	@ShadowVariablesInconsistent
	private boolean inconsistent;

	@ShadowVariable(supplierName = "endSupplier")
	private Long end;

	public TfOperation() {
	}

	public TfOperation(int id, int job, long jobDue, long jobWeight, long earliestStart, long[] durations) {
		this.id = id;
		this.job = job;
		this.jobDue = jobDue;
		this.jobWeight = jobWeight;
		this.earliestStart = earliestStart;
		this.durations = durations;
	}

	/** Wires the job predecessors, once every operation exists. */
	public void setPredecessors(List<TfOperation> predecessors, long[] lags) {
		this.predecessors = predecessors;
		this.lags = lags;
	}

	@ShadowSources({ "machine", "previous.end", "predecessors[].end" })
	public Long endSupplier() {
		if (machine == null) {
			return null;
		}
		long start = earliestStart;
		if (previous != null) {
			if (previous.end == null) {
				return null;
			}
			start = Math.max(start, previous.end);
		}
		for (int p = 0; p < predecessors.size(); p++) {
			Long before = predecessors.get(p).end;
			if (before == null) {
				return null;
			}
			start = Math.max(start, before + lags[p]);
		}
		return start + duration(machine.getIndex());
	}

	/** The processing time on a machine; an ineligible machine counts as a long one, and is penalised as hard. */
	public long duration(int machineIndex) {
		return Math.max(0, durations[machineIndex]);
	}

	public boolean eligible(int machineIndex) {
		return durations[machineIndex] >= 0;
	}

	public Integer getId() {
		return id;
	}

	public int getJob() {
		return job;
	}

	public long getJobDue() {
		return jobDue;
	}

	public long getJobWeight() {
		return jobWeight;
	}

	public List<TfOperation> getPredecessors() {
		return predecessors;
	}

	public TfMachine getMachine() {
		return machine;
	}

	public TfOperation getPrevious() {
		return previous;
	}

	public boolean isInconsistent() {
		return inconsistent;
	}

	public Long getEnd() {
		return end;
	}

	public void setId(Integer id) {
		this.id = id;
	}

	public void setMachine(TfMachine machine) {
		this.machine = machine;
	}

	public void setPrevious(TfOperation previous) {
		this.previous = previous;
	}

	public void setInconsistent(boolean inconsistent) {
		this.inconsistent = inconsistent;
	}

	public void setEnd(Long end) {
		this.end = end;
	}

	@Override
	public String toString() {
		return "o" + id;
	}
}
