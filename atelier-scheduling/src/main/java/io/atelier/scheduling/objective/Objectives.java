package io.atelier.scheduling.objective;

import java.util.Arrays;

import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;

/** Measures a schedule: the checker's violations as the hard level, and every soft objective. */
public final class Objectives {

	private final ScheduleChecker checker = new ScheduleChecker();

	public ObjectiveValues evaluate(Problem problem, Schedule schedule) {
		return measure(problem, schedule, checker.check(problem, schedule).size());
	}

	/**
	 * The soft objectives only, counting no violations: for comparing many schedules of a scheduler that builds only
	 * feasible ones, and whose final choice the caller then checks.
	 */
	public ObjectiveValues evaluateSoft(Problem problem, Schedule schedule) {
		return measure(problem, schedule, 0);
	}

	private ObjectiveValues measure(Problem problem, Schedule schedule, long violations) {
		long[] completion = new long[problem.jobs().size()];
		Arrays.fill(completion, Long.MIN_VALUE);
		long makespan = 0;
		long setup = 0;
		for (ScheduledOperation s : schedule.operations()) {
			int job = problem.operation(s.operation()).job().index();
			completion[job] = Math.max(completion[job], s.end());
			makespan = Math.max(makespan, s.end());
			setup += s.setupMinutes();
		}
		return fromCompletions(problem, completion, makespan, setup, violations);
	}

	/**
	 * The objectives from the completion of each job ({@code Long.MIN_VALUE} for a job with nothing scheduled), for a
	 * search that keeps its schedule in arrays.
	 */
	public ObjectiveValues fromCompletions(Problem problem, long[] completion, long makespan, long setup,
			long violations) {
		long weightedTardiness = 0;
		long tardiness = 0;
		long flow = 0;
		long earliness = 0;
		for (Job job : problem.jobs()) {
			long done = completion[job.id().index()];
			if (done == Long.MIN_VALUE) {
				continue;
			}
			long late = Math.max(0, done - job.due());
			tardiness += late;
			weightedTardiness += late * job.weight();
			earliness += Math.max(0, job.due() - done);
			flow += done - job.release();
		}
		return new ObjectiveValues(violations, weightedTardiness, tardiness, makespan, flow, setup, earliness,
				problem.weights());
	}
}
