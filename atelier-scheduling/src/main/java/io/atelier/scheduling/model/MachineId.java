package io.atelier.scheduling.model;

/** Identifies a {@link Machine} by its dense index in the {@link Problem}, so that the engine can use it as an array index. */
public record MachineId(int index) {

	public MachineId {
		if (index < 0) {
			throw new IllegalArgumentException("a machine index is never negative: " + index);
		}
	}

	@Override
	public String toString() {
		return "machine " + index;
	}
}
