package io.atelier.scheduling.model;

/** Identifies a {@link Job} by its dense index in the {@link Problem}, so that the engine can use it as an array index. */
public record JobId(int index) {

	public JobId {
		if (index < 0) {
			throw new IllegalArgumentException("a job index is never negative: " + index);
		}
	}

	@Override
	public String toString() {
		return "job " + index;
	}
}
