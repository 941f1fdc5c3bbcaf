package io.atelier.scheduling.repair;

import java.util.List;

import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;

/**
 * A repaired schedule and what it costs. {@code problem} is the problem after the event, with the work the repair kept
 * in place pinned and the frozen horizon moved to the repair instant, so that the checker and the next repair see what
 * this one promised. {@code lateJobs} lists every job late before or after; tardiness is in minutes, unweighted.
 * {@code operationsMoved} counts operations of the current schedule whose start or machine changed; {@code released}
 * names the frozen or pinned operations the event made impossible to keep, which therefore moved.
 */
public record RepairResult(Problem problem, Schedule schedule, List<JobLateness> lateJobs, long tardinessBefore,
		long tardinessAfter, int operationsMoved, List<OperationId> released) {

	public RepairResult {
		lateJobs = List.copyOf(lateJobs);
		released = List.copyOf(released);
	}

	/** The jobs on time before the event that now miss their due dates. */
	public List<JobLateness> nowLate() {
		return lateJobs.stream().filter(JobLateness::nowLate).toList();
	}
}
