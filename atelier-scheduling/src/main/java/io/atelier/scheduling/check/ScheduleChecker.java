package io.atelier.scheduling.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Interval;
import io.atelier.scheduling.model.MachineId;
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
		checkMachines(problem, schedule, violations);
		checkWorkers(problem, schedule, violations);
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
			if (!pin.machine().equals(s.machine()) || pin.start() != s.start()) {
				violations.add(new Violation("pinned operation", s.operation() + " is pinned to " + pin.machine()
						+ " at " + pin.start() + " but runs on " + s.machine() + " at " + s.start()));
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

	private void checkMachines(Problem problem, Schedule schedule, List<Violation> violations) {
		Map<MachineId, List<ScheduledOperation>> byMachine = new HashMap<>();
		for (ScheduledOperation s : schedule.operations()) {
			byMachine.computeIfAbsent(s.machine(), m -> new ArrayList<>()).add(s);
		}
		byMachine.forEach((machine, placed) -> {
			if (machine.index() < problem.machines().size()) {
				checkSequence(problem, machine, placed, violations);
			}
		});
	}

	private void checkSequence(Problem problem, MachineId machine, List<ScheduledOperation> placed,
			List<Violation> violations) {
		placed.sort(Comparator.comparingLong(ScheduledOperation::start).thenComparingLong(ScheduledOperation::end));
		var m = problem.machine(machine);
		for (int i = 0; i < placed.size(); i++) {
			ScheduledOperation current = placed.get(i);
			long setup = i == 0 ? 0 : m.setups().minutes(family(problem, placed.get(i - 1)), family(problem, current));
			if (current.setupMinutes() != setup) {
				violations.add(new Violation("setup", current.operation() + " records " + current.setupMinutes()
						+ " setup minutes on " + machine + " but its predecessor there needs " + setup));
			}
			if (i > 0) {
				checkGap(m.calendar(), machine, placed.get(i - 1), current, setup, violations);
			}
		}
	}

	private void checkGap(Calendar calendar, MachineId machine, ScheduledOperation previous,
			ScheduledOperation current, long setup, List<Violation> violations) {
		if (current.start() < previous.end()) {
			violations.add(new Violation("machine overlap", previous.operation() + " and " + current.operation()
					+ " overlap on " + machine));
		}
		else if (calendar.workingMinutesBetween(previous.end(), current.start()) < setup) {
			violations.add(new Violation("setup", "between " + previous.operation() + " and " + current.operation()
					+ " on " + machine + " there is less working time than the setup of " + setup + " minutes"));
		}
	}

	private void checkWorkers(Problem problem, Schedule schedule, List<Violation> violations) {
		Map<WorkerId, List<ScheduledOperation>> byWorker = new HashMap<>();
		for (ScheduledOperation s : schedule.operations()) {
			for (WorkerId worker : new HashSet<>(s.workers())) {
				byWorker.computeIfAbsent(worker, w -> new ArrayList<>()).add(s);
			}
		}
		byWorker.forEach((worker, placed) -> {
			placed.sort(Comparator.comparingLong(ScheduledOperation::start));
			for (int i = 1; i < placed.size(); i++) {
				if (placed.get(i).start() < placed.get(i - 1).end()) {
					violations.add(new Violation("worker double-booked", worker + " works on "
							+ placed.get(i - 1).operation() + " and " + placed.get(i).operation() + " at once"));
				}
			}
		});
	}

	private static int family(Problem problem, ScheduledOperation s) {
		return problem.operation(s.operation()).family();
	}
}
