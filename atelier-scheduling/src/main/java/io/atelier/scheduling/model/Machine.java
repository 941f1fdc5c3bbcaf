package io.atelier.scheduling.model;

/** A machine that processes one operation at a time, within its calendar, after the setup its product family needs. */
public record Machine(MachineId id, String name, Calendar calendar, SetupMatrix setups) {

	/** A machine that always works and needs no setups, as in the classic benchmarks. */
	public static Machine simple(int index) {
		return new Machine(new MachineId(index), "M" + index, Calendar.always(), SetupMatrix.NONE);
	}
}
