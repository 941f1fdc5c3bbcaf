package io.atelier.scheduling.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.atelier.scheduling.check.ScheduleChecker;
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
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.model.SetupMatrix;
import io.atelier.scheduling.model.SkillRequirement;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-sized shops for repair and promise tests: machines, jobs released at 0, operations without workers. */
public final class TinyShop {

	private TinyShop() {
	}

	public static Machine machine(int index) {
		return Machine.simple(index);
	}

	public static Machine machine(int index, Calendar calendar) {
		return new Machine(new MachineId(index), "M" + index, calendar, SetupMatrix.NONE);
	}

	public static Job job(int index, long due, int weight) {
		return new Job(new JobId(index), "J" + index, 0, due, weight);
	}

	/** An operation of {@code minutes} on any of the machines, after the predecessors (no lag). */
	public static Operation op(int index, int job, long minutes, int[] machines, int... predecessors) {
		return op(index, job, minutes, machines, 0, Arrays.stream(predecessors)
			.mapToObj(p -> new Precedence(new OperationId(p), 0))
			.toList());
	}

	public static Operation op(int index, int job, long minutes, int[] machines, long material,
			List<Precedence> predecessors) {
		List<Eligibility> eligible = Arrays.stream(machines)
			.mapToObj(m -> new Eligibility(new MachineId(m), minutes))
			.toList();
		return new Operation(new OperationId(index), new JobId(job), predecessors, eligible, 0, SkillRequirement.NONE,
				material, Optional.empty());
	}

	public static int[] on(int... machines) {
		return machines;
	}

	public static Problem problem(List<Machine> machines, List<Job> jobs, List<Operation> operations,
			long frozenUntil) {
		return new Problem(machines, List.of(), jobs, operations, frozenUntil, ObjectiveWeights.DEFAULT);
	}

	public static ScheduledOperation at(int operation, int machine, long start, long end) {
		return new ScheduledOperation(new OperationId(operation), new MachineId(machine), start, end, List.of(), 0);
	}

	public static Schedule schedule(ScheduledOperation... placed) {
		return new Schedule(List.of(placed));
	}

	public static ScheduledOperation placed(Schedule schedule, int operation) {
		return schedule.of(new OperationId(operation)).orElseThrow();
	}

	/** The checker finds nothing wrong, and says what when it does. */
	public static void assertFeasible(Problem problem, Schedule schedule) {
		assertThat(new ScheduleChecker().check(problem, schedule)).isEmpty();
	}

	/** The schedule and the prospective operations of a promise, together, for the checker. */
	public static Schedule together(Schedule current, Schedule added) {
		List<ScheduledOperation> all = new ArrayList<>(current.operations());
		all.addAll(added.operations());
		return new Schedule(all);
	}
}
