package io.atelier.scheduling.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Interval;
import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.Machine;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.model.Worker;

/**
 * Turns an event into the problem it leaves behind: a calendar cut, a new job, a later material date, a new duration.
 */
final class EventApplication {

	private EventApplication() {
	}

	static Problem apply(Problem problem, ScheduledOperation[] current, RepairEvent event, long now) {
		return switch (event) {
			case MachineDowntime down -> withMachine(problem, down,
					recordedWork(current, s -> s.machine().equals(down.machine()), true, down.from(), now));
			case WorkerAbsence absence -> withWorker(problem, absence,
					recordedWork(current, s -> s.workers().contains(absence.worker()), false, absence.from(),
						now));
			case MaterialDelay delay -> withOperation(problem, delayed(problem.operation(delay.operation()), delay));
			case OperationOverrun overrun -> withOperation(problem,
					running(problem, current, problem.operation(overrun.operation()), overrun.expectedEnd()));
			case OperationFinished finished -> withOperation(problem,
					running(problem, current, problem.operation(finished.operation()), finished.at()));
			case RushOrder rush -> withJob(problem, rush);
		};
	}

	private static Problem withMachine(Problem problem, MachineDowntime down, List<Interval> recorded) {
		List<Machine> machines = new ArrayList<>(problem.machines());
		Machine m = problem.machine(down.machine());
		machines.set(m.id().index(), new Machine(m.id(), m.name(),
				CalendarCut.without(m.calendar(), down.from(), down.to(), recorded), m.setups()));
		return new Problem(machines, problem.workers(), problem.jobs(), problem.operations(), problem.frozenUntil(),
				problem.weights());
	}

	/**
	 * What the shop floor records on the resource before the report, which a downtime or absence reported late does
	 * not undo: work that finished ran in full; work that started inside the reported period shows the resource at work
	 * from its start until the report. On a machine, recorded work that needed a setup shows the machine at work since
	 * the work before it ended too (when exactly the setup ran is not recorded). Work that started before the period is
	 * interrupted by it (see the package documentation).
	 */
	private static List<Interval> recordedWork(ScheduledOperation[] current, Predicate<ScheduledOperation> onResource,
			boolean withSetups, long from, long now) {
		List<ScheduledOperation> onIt = Arrays.stream(current)
			.filter(s -> s != null && s.start() < now && onResource.test(s))
			.sorted(Comparator.comparingLong(ScheduledOperation::start))
			.toList();
		List<Interval> recorded = new ArrayList<>();
		for (int k = 0; k < onIt.size(); k++) {
			ScheduledOperation s = onIt.get(k);
			long begin = withSetups && s.setupMinutes() > 0 && k > 0 ? onIt.get(k - 1).end() : s.start();
			if (s.end() <= now) {
				recorded.add(new Interval(begin, s.end()));
			}
			else if (s.start() >= from) {
				recorded.add(new Interval(Math.min(begin, now), now));
			}
		}
		return recorded;
	}

	private static Problem withWorker(Problem problem, WorkerAbsence absence, List<Interval> recorded) {
		List<Worker> workers = new ArrayList<>(problem.workers());
		Worker w = problem.worker(absence.worker());
		workers.set(w.id().index(), new Worker(w.id(), w.name(), w.skills(),
				CalendarCut.without(w.calendar(), absence.from(), absence.to(), recorded)));
		return new Problem(problem.machines(), workers, problem.jobs(), problem.operations(), problem.frozenUntil(),
				problem.weights());
	}

	private static Operation delayed(Operation o, MaterialDelay delay) {
		return new Operation(o.id(), o.job(), o.predecessors(), o.machines(), o.family(), o.skill(),
				Math.max(o.earliestStart(), delay.availableAt()), o.pin());
	}

	/**
	 * A running operation keeps its machine and takes as many working minutes as lie between its start and its new
	 * end, which is how an overrun or an early finish reaches every later operation through the calendar arithmetic.
	 */
	private static Operation running(Problem problem, ScheduledOperation[] current, Operation o, long end) {
		ScheduledOperation placed = current[o.id().index()];
		if (placed == null) {
			throw new IllegalArgumentException(o.id() + " is not in the current schedule");
		}
		long minutes = problem.machine(placed.machine()).calendar().workingMinutesBetween(placed.start(), end);
		return new Operation(o.id(), o.job(), o.predecessors(), List.of(new Eligibility(placed.machine(), minutes)),
				o.family(), o.skill(), o.earliestStart(), o.pin());
	}

	private static Problem withOperation(Problem problem, Operation changed) {
		List<Operation> operations = new ArrayList<>(problem.operations());
		operations.set(changed.id().index(), changed);
		return new Problem(problem.machines(), problem.workers(), problem.jobs(), operations, problem.frozenUntil(),
				problem.weights());
	}

	private static Problem withJob(Problem problem, RushOrder rush) {
		List<Job> jobs = new ArrayList<>(problem.jobs());
		jobs.add(rush.job());
		List<Operation> operations = new ArrayList<>(problem.operations());
		operations.addAll(rush.operations());
		return new Problem(problem.machines(), problem.workers(), jobs, operations, problem.frozenUntil(),
				problem.weights());
	}
}
