package io.atelier.scheduling.model;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Everything the engine schedules: resources, jobs, operations, the end of the frozen horizon (before which only pinned
 * operations may start) and the weights of the secondary objectives. Ids are dense indexes into these lists.
 */
public record Problem(List<Machine> machines, List<Worker> workers, List<Job> jobs, List<Operation> operations,
		long frozenUntil, ObjectiveWeights weights) {

	public Problem {
		machines = List.copyOf(machines);
		workers = List.copyOf(workers);
		jobs = List.copyOf(jobs);
		operations = List.copyOf(operations);
		requireDense(machines, m -> m.id().index(), "machine");
		requireDense(workers, w -> w.id().index(), "worker");
		requireDense(jobs, j -> j.id().index(), "job");
		requireDense(operations, o -> o.id().index(), "operation");
	}

	public Machine machine(MachineId id) {
		return machines.get(id.index());
	}

	public Worker worker(WorkerId id) {
		return workers.get(id.index());
	}

	public Job job(JobId id) {
		return jobs.get(id.index());
	}

	public Operation operation(OperationId id) {
		return operations.get(id.index());
	}

	private static <T> void requireDense(List<T> items, ToIntFunction<T> index, String kind) {
		for (int i = 0; i < items.size(); i++) {
			if (index.applyAsInt(items.get(i)) != i) {
				throw new IllegalArgumentException("the " + kind + " at position " + i + " has another index");
			}
		}
	}
}
