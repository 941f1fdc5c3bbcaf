package io.atelier.scheduling.bench;

import io.atelier.scheduling.objective.ObjectiveValues;

/** The benchmark formats of {@code shared/benchmarks/README.md}, with what each minimises and how it numbers machines. */
public enum BenchmarkFormat {

	/** Classic job shop (JSPLIB, Taillard, Da Col and Teppan), 0-based machines, minimum makespan. */
	JSP("jsp", 0),

	/** Brandimarte's flexible job shop, 1-based machines, minimum makespan. */
	FJSP("fjsp", 1),

	/** Job shop with due dates, 1-based machines, minimum total tardiness. */
	JSP_DUE("jsp-due", 1);

	private final String option;

	private final int firstMachineNumber;

	BenchmarkFormat(String option, int firstMachineNumber) {
		this.option = option;
		this.firstMachineNumber = firstMachineNumber;
	}

	public static BenchmarkFormat ofOption(String option) {
		for (BenchmarkFormat format : values()) {
			if (format.option.equals(option)) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown format " + option + "; use jsp, fjsp or jsp-due");
	}

	/** The machine number a solution file shows, as in the instance file. */
	public int machineNumber(int machineIndex) {
		return machineIndex + firstMachineNumber;
	}

	public long objective(ObjectiveValues values) {
		return this == JSP_DUE ? values.totalTardiness() : values.makespan();
	}
}
