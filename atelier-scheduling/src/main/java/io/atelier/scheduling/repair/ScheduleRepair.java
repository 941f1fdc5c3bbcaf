package io.atelier.scheduling.repair;

import java.util.ArrayList;
import java.util.List;

import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;

/**
 * Reschedules after an event by right-shift repair (see the package documentation): started, pinned and frozen work
 * stays in place, everything else keeps its machine and order and moves only as late as the event forces it (or to
 * another machine when that ends it sooner than the delay on its own).
 * <p>
 * Neither method stores or changes anything: the engine has no state, the inputs are immutable, and the result is a
 * new problem and schedule. {@link #repair} is the call for a schedule the caller intends to publish, {@link #whatIf}
 * the call for evaluating an event before deciding; both compute the same result.
 */
public final class ScheduleRepair {

	public RepairResult repair(Problem problem, Schedule current, RepairEvent event, long now) {
		ScheduledOperation[] placed = byOperation(problem, current);
		Problem changed = EventApplication.apply(problem, placed, event, now);
		RightShift.Outcome outcome = new RightShift(changed, placed, now).run();
		long cutoff = Math.max(now, problem.frozenUntil());
		Problem repaired = RepairedProblem.pinKept(changed, outcome, cutoff);
		Schedule schedule = RepairedProblem.schedule(changed, outcome.slots());
		long[] before = Lateness.minutesLate(problem, current);
		long[] after = Lateness.minutesLate(repaired, schedule);
		return new RepairResult(repaired, schedule, Lateness.lateJobs(repaired, before, after), Lateness.total(before),
				Lateness.total(after), moved(placed, outcome.slots()), released(outcome),
				KeptWorkChanges.interruptions(problem, placed, outcome, event),
				KeptWorkChanges.replacements(placed, outcome.slots()));
	}

	/** The same as {@link #repair}, free of side effects: nothing is published, the caller decides what to do. */
	public RepairResult whatIf(Problem problem, Schedule current, RepairEvent event, long now) {
		return repair(problem, current, event, now);
	}

	private static ScheduledOperation[] byOperation(Problem problem, Schedule schedule) {
		ScheduledOperation[] placed = new ScheduledOperation[problem.operations().size()];
		for (ScheduledOperation s : schedule.operations()) {
			placed[s.operation().index()] = s;
		}
		return placed;
	}

	private static int moved(ScheduledOperation[] before, Slot[] after) {
		int moved = 0;
		for (int i = 0; i < before.length; i++) {
			if (before[i] != null
					&& (before[i].start() != after[i].start() || before[i].machine().index() != after[i].machine())) {
				moved++;
			}
		}
		return moved;
	}

	/** Frozen or pinned operations, not yet started, that the repair could not keep. */
	private static List<ReleasedOperation> released(RightShift.Outcome outcome) {
		List<ReleasedOperation> released = new ArrayList<>();
		for (int i = 0; i < outcome.released().length; i++) {
			if (outcome.released()[i] != null) {
				released.add(new ReleasedOperation(new OperationId(i), outcome.released()[i]));
			}
		}
		return released;
	}
}
