package io.atelier.scheduling.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Interval;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.model.Worker;
import io.atelier.scheduling.model.WorkerId;

/**
 * Checks a schedule against every hard constraint and lists what is broken. It measures working time with
 * {@link Calendar#workingMinutesBetween} rather than the forward arithmetic the scheduler uses, so that one bug cannot
 * hide another.
 */
public final class ScheduleChecker {

	public List<Violation> check(Problem problem, Schedule schedule) {
		List<Violation> violations = new ArrayList<>();
		ScheduledOperation[] placed = placements(problem, schedule, violations);
		for (ScheduledOperation s : placed) {
			if (s != null) {
				checkOperation(problem, placed, s, violations);
			}
		}
		new SequenceChecks(problem, violations).check(schedule);
		return violations;
	}

	public boolean isFeasible(Problem problem, Schedule schedule) {
		return check(problem, schedule).isEmpty();
	}

	private ScheduledOperation[] placements(Problem problem, Schedule schedule, List<Violation> violations) {
		ScheduledOperation[] placed = new ScheduledOperation[problem.operations().size()];
		for (ScheduledOperation s : schedule.operations()) {
			int index = s.operation().index();
			if (index >= placed.length) {
				violations.add(new Violation("every operation once", s.operation() + " is not in the problem"));
			}
			else if (placed[index] != null) {
				violations.add(new Violation("every operation once", s.operation() + " is scheduled twice"));
			}
			else {
				placed[index] = s;
			}
		}
		for (int i = 0; i < placed.length; i++) {
			if (placed[i] == null) {
				violations.add(new Violation("every operation once", "operation " + i + " is not scheduled"));
			}
		}
		return placed;
	}

	private void checkOperation(Problem problem, ScheduledOperation[] placed, ScheduledOperation s,
			List<Violation> violations) {
		Operation operation = problem.operation(s.operation());
		checkPrecedence(operation, placed, s, violations);
		checkMachineAndDuration(problem, operation, s, violations);
		checkEarliestStart(problem, operation, s, violations);
		checkPinAndFrozenHorizon(problem, operation, s, violations);
		checkSkills(problem, operation, s, violations);
	}

	private void checkPrecedence(Operation operation, ScheduledOperation[] placed, ScheduledOperation s,
			List<Violation> violations) {
		for (Precedence precedence : operation.predecessors()) {
			ScheduledOperation before = placed[precedence.predecessor().index()];
			if (before != null && s.start() < before.end() + precedence.minimumLag()) {
				violations.add(new Violation("precedence and lag", s.operation() + " starts at " + s.start() + " but "
						+ precedence.predecessor() + " ends at " + before.end() + " and needs a lag of "
						+ precedence.minimumLag()));
			}
		}
	}

	private void checkMachineAndDuration(Problem problem, Operation operation, ScheduledOperation s,
			List<Violation> violations) {
		var eligibility = operation.eligibility(s.machine());
		if (eligibility.isEmpty() || s.machine().index() >= problem.machines().size()) {
			violations.add(new Violation("machine eligibility", s.operation() + " cannot run on " + s.machine()));
			return;
		}
		Calendar calendar = problem.machine(s.machine()).calendar();
		if (!calendar.isWorking(s.start())) {
			violations.add(new Violation("machine calendar", s.operation() + " starts at " + s.start() + " when "
					+ s.machine() + " does not work"));
		}
		long worked = calendar.workingMinutesBetween(s.start(), s.end());
		long needed = eligibility.get().processingMinutes();
		if (worked != needed || (needed > 0 && !calendar.isWorking(s.end() - 1))) {
			violations.add(new Violation("processing time", s.operation() + " gets " + worked
					+ " working minutes on " + s.machine() + " between " + s.start() + " and " + s.end()
					+ " but needs " + needed));
		}
	}

	private void checkEarliestStart(Problem problem, Operation operation, ScheduledOperation s,
			List<Violation> violations) {
		long release = problem.job(operation.job()).release();
		if (s.start() < release) {
			violations.add(new Violation("release", s.operation() + " starts at " + s.start() + " before its job "
					+ "is released at " + release));
		}
		if (s.start() < operation.earliestStart()) {
			violations.add(new Violation("material availability", s.operation() + " starts at " + s.start()
					+ " before its material is available at " + operation.earliestStart()));
		}
	}

	private void checkPinAndFrozenHorizon(Problem problem, Operation operation, ScheduledOperation s,
			List<Violation> violations) {
		operation.pin().ifPresentOrElse(pin -> {
			boolean workersKept = pin.workers().isEmpty() || Set.copyOf(pin.workers()).equals(Set.copyOf(s.workers()));
			if (!pin.machine().equals(s.machine()) || pin.start() != s.start() || !workersKept) {
				violations.add(new Violation("pinned operation", s.operation() + " is pinned to " + pin.machine()
						+ " at " + pin.start() + " with " + pin.workers() + " but runs on " + s.machine() + " at "
						+ s.start() + " with " + s.workers()));
			}
		}, () -> {
			if (s.start() < problem.frozenUntil()) {
				violations.add(new Violation("frozen horizon", s.operation() + " starts at " + s.start()
						+ " inside the frozen horizon ending at " + problem.frozenUntil()));
			}
		});
	}

	private void checkSkills(Problem problem, Operation operation, ScheduledOperation s, List<Violation> violations) {
		var requirement = operation.skill();
		Set<WorkerId> distinct = new HashSet<>(s.workers());
		if (distinct.size() != requirement.workers() || s.workers().size() != requirement.workers()) {
			violations.add(new Violation("number of workers", s.operation() + " has " + s.workers().size()
					+ " workers but needs " + requirement.workers() + " different ones"));
		}
		Calendar machineCalendar = operation.eligibility(s.machine()).isPresent()
				? problem.machine(s.machine()).calendar() : Calendar.always();
		for (WorkerId id : distinct) {
			if (id.index() >= problem.workers().size()) {
				violations.add(new Violation("number of workers", id + " is not in the problem"));
				continue;
			}
			Worker worker = problem.worker(id);
			if (!worker.masters(requirement)) {
				violations.add(new Violation("skill level", id + " lacks " + requirement.skill().code() + " at level "
						+ requirement.minimumLevel() + " for " + s.operation()));
			}
			for (Interval working : machineCalendar.workingIntervalsWithin(s.start(), s.end())) {
				if (!worker.calendar().covers(working.start(), working.end())) {
					violations.add(new Violation("worker calendar", id + " is not at work during [" + working.start()
							+ ", " + working.end() + ") of " + s.operation()));
				}
			}
		}
	}
}
