package io.atelier.scheduling.solve;

import java.util.ArrayList;
import java.util.List;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Machine;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.model.SetupMatrix;
import io.atelier.scheduling.search.Objective;
import io.atelier.scheduling.search.ShopProblem;
import io.atelier.scheduling.search.ShopSolution;

/**
 * Translates a model problem the search kernel can take as it is — machines that always work, no workers, nothing pinned
 * — into the kernel's arrays (same indexes for jobs, operations and machines), and the kernel's answer back into a model
 * schedule.
 */
final class ShopTranslation {

	private ShopTranslation() {
	}

	static boolean applies(Problem problem) {
		return problem.workers().isEmpty()
				&& problem.machines().stream().allMatch(m -> m.calendar().covers(0, Calendar.NEVER / 2))
				&& problem.operations().stream().allMatch(o -> o.pin().isEmpty() && o.skill().workers() == 0);
	}

	static ShopProblem toShop(Problem problem, Objective objective) {
		ShopProblem.Builder shop = ShopProblem.builder(problem.machines().size()).objective(objective);
		problem.jobs().forEach(job -> shop.job(job.due(), job.weight()));
		for (Operation operation : problem.operations()) {
			int[] machines = operation.machines().stream().mapToInt(e -> e.machine().index()).toArray();
			int[] durations = operation.machines().stream().mapToInt(e -> toInt(e.processingMinutes())).toArray();
			int index = shop.operation(operation.job().index(), machines, durations);
			if (index != operation.id().index()) {
				throw new IllegalStateException("operation indexes differ: " + index + " and " + operation.id());
			}
		}
		boolean setups = problem.machines().stream().anyMatch(m -> !m.setups().equals(SetupMatrix.NONE));
		int families = problem.operations().stream().mapToInt(Operation::family).max().orElse(0) + 1;
		for (Operation operation : problem.operations()) {
			int index = operation.id().index();
			for (Precedence precedence : operation.predecessors()) {
				shop.precedence(precedence.predecessor().index(), index, toInt(precedence.minimumLag()));
			}
			long release = Math.max(Math.max(operation.earliestStart(), problem.job(operation.job()).release()),
					problem.frozenUntil());
			if (release > 0) {
				shop.release(index, release);
			}
			if (setups) {
				shop.family(index, operation.family());
			}
		}
		if (setups) {
			for (Machine machine : problem.machines()) {
				shop.setupMatrix(machine.id().index(), matrix(machine.setups(), families));
			}
		}
		return shop.build();
	}

	static Schedule toSchedule(ShopProblem shop, ShopSolution solution) {
		var times = solution.decode(shop);
		List<ScheduledOperation> scheduled = new ArrayList<>();
		for (int machine = 0; machine < shop.machineCount(); machine++) {
			int[] sequence = solution.sequence(machine);
			for (int k = 0; k < sequence.length; k++) {
				int op = sequence[k];
				long setup = k == 0 ? 0 : shop.setup(machine, sequence[k - 1], op);
				scheduled.add(new ScheduledOperation(new OperationId(op), new MachineId(machine), times.start()[op],
						times.end()[op], List.of(), setup));
			}
		}
		scheduled.sort((a, b) -> Integer.compare(a.operation().index(), b.operation().index()));
		return new Schedule(scheduled);
	}

	private static int[][] matrix(SetupMatrix setups, int families) {
		int[][] minutes = new int[families][families];
		for (int from = 0; from < families; from++) {
			for (int to = 0; to < families; to++) {
				minutes[from][to] = toInt(setups.minutes(from, to));
			}
		}
		return minutes;
	}

	private static int toInt(long minutes) {
		return Math.toIntExact(minutes);
	}
}
