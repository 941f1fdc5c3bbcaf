package io.atelier.bench.timefold;

import ai.timefold.solver.core.api.domain.common.PlanningId;

/**
 * An operation as a value of the machines' list variable in the critical-path model: no shadow variable, since the
 * score calculator computes all times at once.
 */
public class FsOperation {

	@PlanningId
	private Integer id;

	/** The id unboxed, read for every operation of every score calculation. */
	private int index;

	public FsOperation() {
	}

	public FsOperation(int id) {
		this.id = id;
		this.index = id;
	}

	int index() {
		return index;
	}

	public Integer getId() {
		return id;
	}

	public void setId(Integer id) {
		this.id = id;
		this.index = id;
	}

	@Override
	public String toString() {
		return "o" + id;
	}
}
