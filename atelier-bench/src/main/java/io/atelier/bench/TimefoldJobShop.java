package io.atelier.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import io.atelier.bench.timefold.MakespanConstraints;
import io.atelier.bench.timefold.TardinessConstraints;
import io.atelier.bench.timefold.TfMachine;
import io.atelier.bench.timefold.TfOperation;
import io.atelier.bench.timefold.TfSchedule;
import io.atelier.scheduling.bench.ReferenceSolver;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.search.Objective;

/**
 * Timefold Solver on the classic benchmarks, modelled the standard way: a planning list variable of operations per
 * machine, with each operation's end a declarative shadow variable computed from its machine predecessor and its job
 * predecessors (a cyclic order leaves operations inconsistent, penalised as hard). Timefold's default construction
 * heuristic and local search, no custom moves: Timefold as people use it out of the box, {@code --compare
 * timefold-plain}; {@link TimefoldCriticalPath} is the fair comparison.
 * Multithreaded solving is not in the community edition, so it runs on one thread whatever {@code --threads} says.
 * The schedule is rebuilt semi-active from the machine orders, independently of the shadow variables, and goes to the
 * checker like any other.
 */
public final class TimefoldJobShop implements ReferenceSolver {

	private final OptionalInt localSearchMoves;

	public TimefoldJobShop() {
		this(OptionalInt.empty());
	}

	/** With a limit on the moves the local search evaluates, for tests that must not depend on the machine's speed. */
	TimefoldJobShop(OptionalInt localSearchMoves) {
		this.localSearchMoves = localSearchMoves;
	}

	@Override
	public String name() {
		return "timefold-plain";
	}

	@Override
	public Optional<Schedule> solve(Problem problem, Objective objective, Duration limit, int threads, long seed) {
		TfSchedule model = model(problem);
		LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
		localSearchMoves.ifPresent(
				moves -> localSearch.setTerminationConfig(new TerminationConfig().withMoveCountLimit((long) moves)));
		SolverConfig config = new SolverConfig().withSolutionClass(TfSchedule.class)
			.withEntityClasses(TfMachine.class, TfOperation.class)
			.withConstraintProviderClass(
					objective == Objective.MAKESPAN ? MakespanConstraints.class : TardinessConstraints.class)
			.withEnvironmentMode(EnvironmentMode.NO_ASSERT)
			.withRandomSeed(seed)
			.withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
			.withTerminationSpentLimit(limit)
			.withPhases(new ConstructionHeuristicPhaseConfig(), localSearch);
		TfSchedule best = SolverFactory.<TfSchedule>create(config).buildSolver().solve(model);
		if (best.getScore() == null || best.getScore().hardScore() < 0) {
			return Optional.empty();
		}
		return semiActive(problem, best);
	}

	private static TfSchedule model(Problem problem) {
		int machineCount = problem.machines().size();
		List<TfMachine> machines = new ArrayList<>();
		for (int m = 0; m < machineCount; m++) {
			machines.add(new TfMachine(m));
		}
		List<TfOperation> operations = new ArrayList<>();
		for (Operation operation : problem.operations()) {
			Job job = problem.job(operation.job());
			long[] durations = new long[machineCount];
			Arrays.fill(durations, -1);
			for (Eligibility eligible : operation.machines()) {
				durations[eligible.machine().index()] = eligible.processingMinutes();
			}
			TfOperation tf = new TfOperation(operation.id().index(), job.id().index(), job.due(), job.weight(),
					Math.max(operation.earliestStart(), job.release()), durations);
			operations.add(tf);
			for (Eligibility eligible : operation.machines()) {
				machines.get(eligible.machine().index()).getEligible().add(tf);
			}
		}
		for (Operation operation : problem.operations()) {
			List<TfOperation> predecessors = new ArrayList<>();
			long[] lags = new long[operation.predecessors().size()];
			for (int p = 0; p < lags.length; p++) {
				predecessors.add(operations.get(operation.predecessors().get(p).predecessor().index()));
				lags[p] = operation.predecessors().get(p).minimumLag();
			}
			operations.get(operation.id().index()).setPredecessors(predecessors, lags);
		}
		return new TfSchedule(machines, operations);
	}

	private static Optional<Schedule> semiActive(Problem problem, TfSchedule solution) {
		int[][] sequences = new int[solution.getMachines().size()][];
		for (TfMachine machine : solution.getMachines()) {
			sequences[machine.getIndex()] = machine.getOperations().stream().mapToInt(TfOperation::getId).toArray();
		}
		return semiActive(problem, sequences);
	}

	/**
	 * Each operation as early as its job predecessors and its machine predecessor allow, in topological order of both;
	 * empty if the machine orders make a cycle or leave an operation out.
	 */
	static Optional<Schedule> semiActive(Problem problem, int[][] sequences) {
		int n = problem.operations().size();
		int[] machineOf = new int[n];
		int[] machinePrevious = new int[n];
		Arrays.fill(machineOf, -1);
		Arrays.fill(machinePrevious, -1);
		List<List<Integer>> successors = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			successors.add(new ArrayList<>());
		}
		int[] indegree = new int[n];
		for (int m = 0; m < sequences.length; m++) {
			int previous = -1;
			for (int o : sequences[m]) {
				machineOf[o] = m;
				machinePrevious[o] = previous;
				if (previous >= 0) {
					successors.get(previous).add(o);
					indegree[o]++;
				}
				previous = o;
			}
		}
		for (Operation operation : problem.operations()) {
			int o = operation.id().index();
			if (machineOf[o] < 0 || operation.eligibility(new MachineId(machineOf[o])).isEmpty()) {
				return Optional.empty();
			}
			operation.predecessors().forEach(p -> successors.get(p.predecessor().index()).add(o));
			indegree[o] += operation.predecessors().size();
		}
		long[] start = new long[n];
		long[] end = new long[n];
		ArrayDeque<Integer> ready = new ArrayDeque<>();
		for (int o = 0; o < n; o++) {
			if (indegree[o] == 0) {
				ready.add(o);
			}
		}
		int done = 0;
		while (!ready.isEmpty()) {
			int o = ready.poll();
			Operation operation = problem.operation(new OperationId(o));
			long s = Math.max(operation.earliestStart(), problem.job(operation.job()).release());
			if (machinePrevious[o] >= 0) {
				s = Math.max(s, end[machinePrevious[o]]);
			}
			for (var before : operation.predecessors()) {
				s = Math.max(s, end[before.predecessor().index()] + before.minimumLag());
			}
			start[o] = s;
			end[o] = s + operation.eligibility(new MachineId(machineOf[o])).orElseThrow().processingMinutes();
			done++;
			for (int next : successors.get(o)) {
				if (--indegree[next] == 0) {
					ready.add(next);
				}
			}
		}
		if (done < n) {
			return Optional.empty();
		}
		List<ScheduledOperation> scheduled = new ArrayList<>();
		for (int o = 0; o < n; o++) {
			scheduled.add(new ScheduledOperation(new OperationId(o), new MachineId(machineOf[o]), start[o], end[o],
					List.of(), 0));
		}
		return Optional.of(new Schedule(scheduled));
	}
}
