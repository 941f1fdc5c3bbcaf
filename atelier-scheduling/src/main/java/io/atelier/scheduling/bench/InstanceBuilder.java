package io.atelier.scheduling.bench;

import java.util.ArrayList;
import java.util.List;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.JobId;
import io.atelier.scheduling.model.Machine;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.ObjectiveWeights;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;

/** Collects the jobs of a benchmark file as chains of operations, without calendars, setups or workers. */
final class InstanceBuilder {

	private final int machines;

	private final List<Job> jobs = new ArrayList<>();

	private final List<Operation> operations = new ArrayList<>();

	private int jobStart;

	InstanceBuilder(int machines) {
		this.machines = machines;
	}

	void startJob(long due) {
		jobs.add(new Job(new JobId(jobs.size()), "job " + jobs.size(), 0, due, 1));
		jobStart = operations.size();
	}

	void startJob() {
		startJob(Calendar.NEVER);
	}

	/** The next operation of the current job, on one of these 0-based machines. */
	void operation(List<Eligibility> eligible) {
		int index = operations.size();
		List<Precedence> chain = index > jobStart ? List.of(new Precedence(new OperationId(index - 1), 0)) : List.of();
		for (Eligibility e : eligible) {
			if (e.machine().index() >= machines) {
				throw new IllegalArgumentException("job " + (jobs.size() - 1) + " uses " + e.machine()
						+ " but the instance has " + machines + " machines");
			}
		}
		operations.add(Operation.simple(index, jobs.size() - 1, chain, eligible));
	}

	void operation(int machine, long minutes) {
		operation(List.of(new Eligibility(new MachineId(machine), minutes)));
	}

	Problem build() {
		List<Machine> list = new ArrayList<>();
		for (int m = 0; m < machines; m++) {
			list.add(Machine.simple(m));
		}
		return new Problem(list, List.of(), jobs, operations, 0, ObjectiveWeights.DEFAULT);
	}
}
