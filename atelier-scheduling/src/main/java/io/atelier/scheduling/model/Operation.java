package io.atelier.scheduling.model;

import java.util.List;
import java.util.Optional;

/**
 * One step of a job. Its predecessors form a graph, so an assembly waits for all of its sub-assemblies; it runs on one
 * of its eligible machines (flexible job shop), needs the setup of its product family, its skilled workers, and may
 * not start before its material is available ({@code earliestStart}).
 */
public record Operation(OperationId id, JobId job, List<Precedence> predecessors, List<Eligibility> machines,
		int family, SkillRequirement skill, long earliestStart, Optional<Pin> pin) {

	public Operation {
		predecessors = List.copyOf(predecessors);
		machines = List.copyOf(machines);
		if (machines.isEmpty()) {
			throw new IllegalArgumentException(id + " has no eligible machine");
		}
	}

	/** An operation of the classic benchmarks: one machine, a chain predecessor or none, no setups and no workers. */
	public static Operation simple(int index, int job, List<Precedence> predecessors, List<Eligibility> machines) {
		return new Operation(new OperationId(index), new JobId(job), predecessors, machines, 0, SkillRequirement.NONE,
				0, Optional.empty());
	}

	public Optional<Eligibility> eligibility(MachineId machine) {
		return machines.stream().filter(e -> e.machine().equals(machine)).findFirst();
	}
}
