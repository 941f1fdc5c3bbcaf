package io.atelier.scheduling.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.model.WorkerId;

/** The constraints between operations sharing a resource: machine overlap and setups, worker double-booking. */
final class SequenceChecks {

	private final Problem problem;

	private final List<Violation> violations;

	SequenceChecks(Problem problem, List<Violation> violations) {
		this.problem = problem;
		this.violations = violations;
	}

	void check(Schedule schedule) {
		checkMachines(schedule);
		checkWorkers(schedule);
	}

	void checkMachines(Schedule schedule) {
		Map<MachineId, List<ScheduledOperation>> byMachine = new HashMap<>();
		for (ScheduledOperation s : schedule.operations()) {
			byMachine.computeIfAbsent(s.machine(), m -> new ArrayList<>()).add(s);
		}
		byMachine.forEach((machine, placed) -> {
			if (machine.index() < problem.machines().size()) {
				checkSequence(machine, placed);
			}
		});
	}

	private void checkSequence(MachineId machine, List<ScheduledOperation> placed) {
		placed.sort(Comparator.comparingLong(ScheduledOperation::start).thenComparingLong(ScheduledOperation::end));
		var m = problem.machine(machine);
		for (int i = 0; i < placed.size(); i++) {
			ScheduledOperation current = placed.get(i);
			long setup = i == 0 ? 0 : m.setups().minutes(family(placed.get(i - 1)), family(current));
			if (current.setupMinutes() != setup) {
				violations.add(new Violation("setup", current.operation() + " records " + current.setupMinutes()
						+ " setup minutes on " + machine + " but its predecessor there needs " + setup));
			}
			if (i > 0) {
				checkGap(m.calendar(), machine, placed.get(i - 1), current, setup);
			}
		}
	}

	private void checkGap(Calendar calendar, MachineId machine, ScheduledOperation previous,
			ScheduledOperation current, long setup) {
		if (current.start() < previous.end()) {
			violations.add(new Violation("machine overlap", previous.operation() + " and " + current.operation()
					+ " overlap on " + machine));
		}
		else if (calendar.workingMinutesBetween(previous.end(), current.start()) < setup) {
			violations.add(new Violation("setup", "between " + previous.operation() + " and " + current.operation()
					+ " on " + machine + " there is less working time than the setup of " + setup + " minutes"));
		}
	}

	void checkWorkers(Schedule schedule) {
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

	private int family(ScheduledOperation s) {
		return problem.operation(s.operation()).family();
	}
}
