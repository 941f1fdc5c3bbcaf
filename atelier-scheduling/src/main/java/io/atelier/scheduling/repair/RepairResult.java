package io.atelier.scheduling.repair;

import java.util.List;

import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;

/**
 * A repaired schedule and what it costs. {@code problem} is the problem after the event, with the work the repair kept
 * in place pinned, the frozen horizon moved to the repair instant and the pauses of started work in its machine's
 * calendar, so that the checker and the next repair see what this one promised. {@code lateJobs} lists every job late
 * before or after; tardiness is in minutes, unweighted. {@code operationsMoved} counts operations of the current
 * schedule whose start or machine changed; {@code released} names the frozen or pinned operations the event made
 * impossible to keep, which therefore moved, and why; {@code interruptions} the work kept at its start that now
 * pauses; {@code replacements} the workers named instead of absent ones on work kept at its start.
 */
public record RepairResult(Problem problem, Schedule schedule, List<JobLateness> lateJobs, long tardinessBefore,
		long tardinessAfter, int operationsMoved, List<ReleasedOperation> released, List<Interruption> interruptions,
		List<WorkerReplacement> replacements) {

	public RepairResult {
		lateJobs = List.copyOf(lateJobs);
		released = List.copyOf(released);
		interruptions = List.copyOf(interruptions);
		replacements = List.copyOf(replacements);
	}

	/** The jobs on time before the event that now miss their due dates. */
	public List<JobLateness> nowLate() {
		return lateJobs.stream().filter(JobLateness::nowLate).toList();
	}
}
