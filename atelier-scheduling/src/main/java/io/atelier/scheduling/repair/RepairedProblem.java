package io.atelier.scheduling.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.atelier.scheduling.model.Machine;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Pin;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.model.WorkerId;

/** Turns the slots of a repair into a schedule, and the problem into one that pins what the repair kept. */
final class RepairedProblem {

	private RepairedProblem() {
	}

	/**
	 * Kept work is pinned with its workers; work the repair moved loses any pin the event made impossible, unless it
	 * moved within the frozen horizon; the machines hold the pauses of started work whose crew is away.
	 */
	static Problem pinKept(Problem problem, RightShift.Outcome outcome, long cutoff) {
		List<Operation> operations = new ArrayList<>(problem.operations().size());
		for (Operation o : problem.operations()) {
			Slot slot = outcome.slots()[o.id().index()];
			Optional<Pin> pin = outcome.pinned()[o.id().index()]
					? Optional.of(new Pin(new MachineId(slot.machine()), slot.start(), workers(slot)))
					: Optional.empty();
			operations.add(new Operation(o.id(), o.job(), o.predecessors(), o.machines(), o.family(), o.skill(),
					o.earliestStart(), pin));
		}
		List<Machine> machines = new ArrayList<>(problem.machines().size());
		for (Machine m : problem.machines()) {
			machines.add(new Machine(m.id(), m.name(), outcome.calendars()[m.id().index()], m.setups()));
		}
		return new Problem(machines, problem.workers(), problem.jobs(), operations, cutoff, problem.weights());
	}

	/** The schedule of the slots, with the setup each operation now needs after its predecessor on the machine. */
	static Schedule schedule(Problem problem, Slot[] slots) {
		List<List<Integer>> byMachine = new ArrayList<>();
		problem.machines().forEach(m -> byMachine.add(new ArrayList<>()));
		for (int i = 0; i < slots.length; i++) {
			byMachine.get(slots[i].machine()).add(i);
		}
		List<ScheduledOperation> placed = new ArrayList<>(slots.length);
		for (int m = 0; m < byMachine.size(); m++) {
			List<Integer> sequence = byMachine.get(m);
			sequence.sort(Comparator.comparingLong((Integer i) -> slots[i].start()).thenComparingLong(i -> slots[i].end()));
			var setups = problem.machines().get(m).setups();
			for (int k = 0; k < sequence.size(); k++) {
				Slot slot = slots[sequence.get(k)];
				long setup = k == 0 ? 0 : setups.minutes(family(problem, sequence.get(k - 1)), family(problem, sequence.get(k)));
				placed.add(new ScheduledOperation(problem.operations().get(sequence.get(k)).id(), new MachineId(m),
						slot.start(), slot.end(), workers(slot), setup));
			}
		}
		placed.sort(Comparator.comparingInt(s -> s.operation().index()));
		return new Schedule(placed);
	}

	private static int family(Problem problem, int operation) {
		return problem.operations().get(operation).family();
	}

	private static List<WorkerId> workers(Slot slot) {
		List<WorkerId> workers = new ArrayList<>(slot.workers().length);
		for (int w : slot.workers()) {
			workers.add(new WorkerId(w));
		}
		return workers;
	}
}
