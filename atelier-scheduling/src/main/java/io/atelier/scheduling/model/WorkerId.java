package io.atelier.scheduling.model;

/** Identifies a {@link Worker} by its dense index in the {@link Problem}, so that the engine can use it as an array index. */
public record WorkerId(int index) {

	public WorkerId {
		if (index < 0) {
			throw new IllegalArgumentException("a worker index is never negative: " + index);
		}
	}

	@Override
	public String toString() {
		return "worker " + index;
	}
}
