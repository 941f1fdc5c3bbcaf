package io.atelier.scheduling.promise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Pin;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.repair.RepairResult;
import io.atelier.scheduling.repair.RushOrder;
import io.atelier.scheduling.repair.ScheduleRepair;

/**
 * Capable-to-promise: when a prospective order could complete if it were accepted now, without moving any existing
 * work. Nothing is committed; the caller decides whether to quote the date and add the order.
 */
public final class Promise {

	private Promise() {
	}

	/**
	 * Pins every operation of the current schedule where it is, then lets the repair place the prospective order as a
	 * rush order: with nothing else free to move, its operations fill the gaps the existing load leaves (or go after
	 * it), respecting calendars, skills, precedence, lags and material dates, and never inside the frozen horizon.
	 * Its job and operations continue the problem's dense numbering.
	 */
	public static PromiseResult earliestCompletion(Problem problem, Schedule current, Job prospectiveJob,
			List<Operation> operations, long now) {
		RepairResult result = new ScheduleRepair().whatIf(everythingPinned(problem, current), current,
				new RushOrder(prospectiveJob, operations), now);
		if (result.operationsMoved() > 0) {
			throw new IllegalArgumentException("the current schedule is not feasible, so existing work would move");
		}
		Set<OperationId> prospective = new HashSet<>();
		operations.forEach(o -> prospective.add(o.id()));
		List<ScheduledOperation> placed = result.schedule()
			.operations()
			.stream()
			.filter(s -> prospective.contains(s.operation()))
			.toList();
		long completion = placed.stream().mapToLong(ScheduledOperation::end).max().orElse(now);
		return new PromiseResult(completion, new Schedule(placed));
	}

	private static Problem everythingPinned(Problem problem, Schedule current) {
		List<Operation> operations = new ArrayList<>(problem.operations());
		for (ScheduledOperation s : current.operations()) {
			Operation o = operations.get(s.operation().index());
			operations.set(o.id().index(), new Operation(o.id(), o.job(), o.predecessors(), o.machines(), o.family(),
					o.skill(), o.earliestStart(), Optional.of(new Pin(s.machine(), s.start(), s.workers()))));
		}
		return new Problem(problem.machines(), problem.workers(), problem.jobs(), operations, problem.frozenUntil(),
				problem.weights());
	}
}
