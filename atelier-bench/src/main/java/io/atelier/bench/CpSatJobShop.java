package io.atelier.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import io.atelier.scheduling.bench.ReferenceSolver;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.search.Objective;

/**
 * OR-Tools CP-SAT on the classic benchmarks, modelled the textbook way so the comparison is with CP-SAT as people use
 * it: an interval per operation (for a flexible shop, one optional interval per eligible machine, exactly one
 * present), precedences with their lags, job releases and earliest starts, no-overlap per machine, and the makespan or
 * the total weighted tardiness to minimise. Calendars, setups and workers are not modelled: the benchmark instances
 * have none, and the checker would reject a schedule of an instance that had them.
 */
public final class CpSatJobShop implements ReferenceSolver {

	private static boolean loaded;

	/** The model's variables for one operation, to read the schedule back. */
	private record Placed(Operation operation, IntVar start, IntVar end, List<BoolVar> presences) {
	}

	@Override
	public String name() {
		return "cp-sat";
	}

	@Override
	public Optional<Schedule> solve(Problem problem, Objective objective, Duration limit, int threads, long seed) {
		loadNativeLibrary();
		CpModel model = new CpModel();
		long horizon = horizon(problem);
		List<List<IntervalVar>> perMachine = new ArrayList<>();
		problem.machines().forEach(m -> perMachine.add(new ArrayList<>()));
		List<Placed> placed = new ArrayList<>();
		for (Operation operation : problem.operations()) {
			long earliest = Math.max(operation.earliestStart(), problem.job(operation.job()).release());
			IntVar start = model.newIntVar(earliest, horizon, "s" + operation.id().index());
			IntVar end = model.newIntVar(earliest, horizon, "e" + operation.id().index());
			List<BoolVar> presences = new ArrayList<>();
			if (operation.machines().size() == 1) {
				Eligibility only = operation.machines().get(0);
				perMachine.get(only.machine().index())
					.add(model.newIntervalVar(start, LinearExpr.constant(only.processingMinutes()), end, "i"));
			}
			else {
				for (Eligibility eligible : operation.machines()) {
					// Alternatives share the operation's start and end: only the present one ties them by its length.
					BoolVar present = model.newBoolVar("p");
					presences.add(present);
					perMachine.get(eligible.machine().index())
						.add(model.newOptionalIntervalVar(start, LinearExpr.constant(eligible.processingMinutes()), end,
								present, "o"));
				}
				model.addExactlyOne(presences.toArray(new Literal[0]));
			}
			placed.add(new Placed(operation, start, end, presences));
		}
		for (Placed p : placed) {
			for (Precedence before : p.operation().predecessors()) {
				IntVar predecessorEnd = placed.get(before.predecessor().index()).end();
				model.addGreaterOrEqual(p.start(),
						LinearExpr.newBuilder().add(predecessorEnd).add(before.minimumLag()).build());
			}
		}
		perMachine.stream().filter(intervals -> intervals.size() > 1).forEach(model::addNoOverlap);
		if (objective == Objective.MAKESPAN) {
			IntVar makespan = model.newIntVar(0, horizon, "makespan");
			model.addMaxEquality(makespan, placed.stream().map(Placed::end).toArray(IntVar[]::new));
			model.minimize(makespan);
		}
		else {
			model.minimize(weightedTardiness(model, problem, placed, horizon));
		}
		CpSolver solver = new CpSolver();
		solver.getParameters()
			.setNumWorkers(threads)
			.setMaxTimeInSeconds(limit.toMillis() / 1000.0)
			.setRandomSeed((int) seed);
		CpSolverStatus status = solver.solve(model);
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return Optional.empty();
		}
		return Optional.of(schedule(solver, placed));
	}

	/**
	 * The native library ships inside the platform's jar (ortools-linux-x86-64 here), which this unpacks and loads; only
	 * on first use, so the command without {@code --compare} never pays for it.
	 */
	private static synchronized void loadNativeLibrary() {
		if (!loaded) {
			Loader.loadNativeLibraries();
			loaded = true;
		}
	}

	/** Each job's tardiness is at least the end of any of its operations less its due date, and at least zero. */
	private static LinearExpr weightedTardiness(CpModel model, Problem problem, List<Placed> placed, long horizon) {
		List<IntVar> tardiness = new ArrayList<>();
		for (Job job : problem.jobs()) {
			IntVar late = model.newIntVar(0, horizon, "t" + job.id().index());
			tardiness.add(late);
			for (Placed p : placed) {
				if (p.operation().job().equals(job.id())) {
					model.addGreaterOrEqual(late, LinearExpr.newBuilder().add(p.end()).add(-job.due()).build());
				}
			}
		}
		LinearExprBuilder total = LinearExpr.newBuilder();
		for (Job job : problem.jobs()) {
			total.addTerm(tardiness.get(job.id().index()), job.weight());
		}
		return total.build();
	}

	/** Everything one after another after the latest release: no schedule needs longer. */
	private static long horizon(Problem problem) {
		long latest = 0;
		for (Operation operation : problem.operations()) {
			latest = Math.max(latest, Math.max(operation.earliestStart(), problem.job(operation.job()).release()));
		}
		long total = latest;
		for (Operation operation : problem.operations()) {
			total += operation.machines().stream().mapToLong(Eligibility::processingMinutes).max().orElse(0);
			total += operation.predecessors().stream().mapToLong(Precedence::minimumLag).max().orElse(0);
		}
		return total;
	}

	private static Schedule schedule(CpSolver solver, List<Placed> placed) {
		List<ScheduledOperation> operations = new ArrayList<>();
		for (Placed p : placed) {
			Eligibility chosen = p.operation().machines().get(0);
			for (int a = 0; a < p.presences().size(); a++) {
				if (solver.booleanValue(p.presences().get(a))) {
					chosen = p.operation().machines().get(a);
				}
			}
			operations.add(new ScheduledOperation(p.operation().id(), chosen.machine(), solver.value(p.start()),
					solver.value(p.end()), List.of(), 0));
		}
		return new Schedule(operations);
	}
}
