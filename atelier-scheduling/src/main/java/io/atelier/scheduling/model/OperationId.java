package io.atelier.scheduling.model;

/** Identifies a {@link Operation} by its dense index in the {@link Problem}, so that the engine can use it as an array index. */
public record OperationId(int index) {

	public OperationId {
		if (index < 0) {
			throw new IllegalArgumentException("a operation index is never negative: " + index);
		}
	}

	@Override
	public String toString() {
		return "operation " + index;
	}
}
