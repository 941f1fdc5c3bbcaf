package io.atelier.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import io.atelier.bench.timefold.CriticalPathMoves;
import io.atelier.bench.timefold.DownstreamScore;
import io.atelier.bench.timefold.FsMachine;
import io.atelier.bench.timefold.FsOperation;
import io.atelier.bench.timefold.FsSchedule;
import io.atelier.bench.timefold.LongestPathScore;
import io.atelier.bench.timefold.ShopData;
import io.atelier.scheduling.bench.ReferenceSolver;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.search.DispatchRule;
import io.atelier.scheduling.search.Objective;
import io.atelier.scheduling.search.ShopProblem;
import io.atelier.scheduling.search.ShopSolution;

/**
 * Timefold Solver as a competent user would set it up for job shops, so that the comparison with the engine is fair:
 * the same start (the engine's dispatch-rule schedule, {@code search.DispatchRule}, loaded into the list variables, so
 * no construction heuristic runs), scheduling moves on the critical path from a {@code MoveIteratorFactory}
 * ({@link CriticalPathMoves}: N7 on critical blocks, reassignment for flexible shops) and an incremental score
 * calculator that recomputes the times downstream of a move only ({@link DownstreamScore}) instead of declarative
 * shadow variables. Local search is tabu search on the reordered operations, evaluating the whole neighbourhood each
 * step, as the engine does; above 500 operations late acceptance on random moves of the same neighbourhood, which
 * measured better there in 10 s. For the measurements in {@code docs/scheduling-solver-decision.md}, system properties select
 * the alternatives that were tried: {@code atelier.timefold.score=easy} (one full longest-path pass per move,
 * {@link LongestPathScore}), {@code atelier.timefold.acceptor=tabu|late-acceptance|simulated-annealing},
 * {@code atelier.timefold.sample} (tabu on the best of that many random moves instead of the whole neighbourhood),
 * {@code atelier.timefold.tabu} (the tabu size, 8), {@code atelier.timefold.environment=FULL_ASSERT}.
 * <p>
 * Threads: the community edition has no multithreaded solving (move threads are an Enterprise feature), so
 * {@code --threads N} runs N independent solvers with seeds {@code seed}, {@code seed+1}, … and keeps the best, as the
 * engine does with its tabu searches. Each run prints its move evaluations and steps per second on standard error.
 */
public final class TimefoldCriticalPath implements ReferenceSolver {

	/** Above this many operations the local search is late acceptance rather than tabu search. */
	private static final int LARGE = 500;

	private final OptionalLong stepLimit;

	/** The time the solvers spent in {@code solve}, without building them, for the moves per second. */
	private final LongAdder searchNanos = new LongAdder();

	public TimefoldCriticalPath() {
		this(OptionalLong.empty());
	}

	/** With a limit on the local search's steps, for tests that must not depend on the machine's speed. */
	TimefoldCriticalPath(OptionalLong stepLimit) {
		this.stepLimit = stepLimit;
	}

	@Override
	public String name() {
		return "timefold";
	}

	@Override
	public Optional<Schedule> solve(Problem problem, Objective objective, Duration limit, int threads, long seed) {
		ShopData data = new ShopData(problem, objective);
		ShopProblem shop = shop(problem, objective);
		ShopSolution start = DispatchRule.initialSolution(shop);
		LongestPathScore.CALCULATIONS.reset();
		CriticalPathMoves.STEPS.reset();
		searchNanos.reset();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<FsSchedule>> runs = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				long runSeed = seed + t;
				runs.add(pool.submit(() -> solveOnce(data, start, runSeed, limit)));
			}
			FsSchedule best = null;
			for (Future<FsSchedule> run : runs) {
				FsSchedule found = run.get();
				if (best == null || found.getScore().compareTo(best.getScore()) > 0) {
					best = found;
				}
			}
			double seconds = searchNanos.sum() / 1e9 / threads;
			long moves = LongestPathScore.CALCULATIONS.sum();
			System.err.printf("timefold: %d operations, %d solver(s), %d moves evaluated in %.1f s of search: %.0f moves/s, "
					+ "%.0f steps/s; dispatch start %s, best %s%n", data.operations(), threads, moves, seconds,
					moves / seconds, CriticalPathMoves.STEPS.sum() / seconds,
					start.decode(shop).score(shop).primary(), -best.getScore().mediumScore());
			if (best.getScore().hardScore() < 0) {
				return Optional.empty();
			}
			return TimefoldJobShop.semiActive(problem, sequences(best));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("a Timefold solver failed", e.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private FsSchedule solveOnce(ShopData data, ShopSolution start, long seed, Duration limit) {
		FsSchedule model = model(data, start);
		LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
			.withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(CriticalPathMoves.class));
		// measured: tabu over the whole neighbourhood is best up to 20×20; on 50×15 (750 operations) its steps are too
		// slow for 10 s and late acceptance does better
		String acceptor = System.getProperty("atelier.timefold.acceptor",
				data.operations() > LARGE ? "late-acceptance" : "tabu");
		switch (acceptor) {
			case "late-acceptance" -> localSearch
				.withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(
						Integer.getInteger("atelier.timefold.late-acceptance", 400)))
				.withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
			case "simulated-annealing" -> localSearch
				.withAcceptorConfig(new LocalSearchAcceptorConfig()
					.withSimulatedAnnealingStartingTemperature(System.getProperty("atelier.timefold.temperature", "0hard/0medium/20soft")))
				.withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
			default -> {
				// the whole neighbourhood each step, or with atelier.timefold.sample=K the best of K random non-tabu moves
				int sample = Integer.getInteger("atelier.timefold.sample", 0);
				if (sample <= 0) {
					localSearch.getMoveSelectorConfig().setSelectionOrder(SelectionOrder.ORIGINAL);
				}
				localSearch
					.withAcceptorConfig(new LocalSearchAcceptorConfig()
						.withValueTabuSize(Integer.getInteger("atelier.timefold.tabu", 8)))
					.withForagerConfig(new LocalSearchForagerConfig()
						.withAcceptedCountLimit(sample > 0 ? sample : Integer.MAX_VALUE));
			}
		}
		stepLimit.ifPresent(steps -> localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit((int) steps)));
		SolverConfig config = new SolverConfig().withSolutionClass(FsSchedule.class)
			.withEntityClasses(FsMachine.class)
			.withScoreDirectorFactory(scoreCalculation())
			.withEnvironmentMode(EnvironmentMode.valueOf(System.getProperty("atelier.timefold.environment", "NO_ASSERT")))
			.withRandomSeed(seed)
			.withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
			.withTerminationSpentLimit(limit)
			.withPhases(localSearch);
		var solver = SolverFactory.<FsSchedule>create(config).buildSolver();
		long started = System.nanoTime();
		FsSchedule best = solver.solve(model);
		searchNanos.add(System.nanoTime() - started);
		return best;
	}

	private static ScoreDirectorFactoryConfig scoreCalculation() {
		ScoreDirectorFactoryConfig config = new ScoreDirectorFactoryConfig();
		return "easy".equals(System.getProperty("atelier.timefold.score", "incremental"))
				? config.withEasyScoreCalculatorClass(LongestPathScore.class)
				: config.withIncrementalScoreCalculatorClass(DownstreamScore.class);
	}

	/** The start loaded into the list variables: every operation on its machine, in the dispatch rule's order. */
	static FsSchedule model(ShopData data, ShopSolution start) {
		List<FsOperation> operations = new ArrayList<>();
		for (int o = 0; o < data.operations(); o++) {
			operations.add(new FsOperation(o));
		}
		List<FsMachine> machines = new ArrayList<>();
		for (int m = 0; m < data.machines(); m++) {
			FsMachine machine = new FsMachine(m);
			for (int o : start.sequence(m)) {
				machine.getOperations().add(operations.get(o));
			}
			machines.add(machine);
		}
		for (int o = 0; o < data.operations(); o++) {
			for (int m : data.eligibleMachines(o)) {
				machines.get(m).getEligible().add(operations.get(o));
			}
		}
		return new FsSchedule(data, machines, operations);
	}

	/** The problem in the search kernel's terms, for its dispatch rule: the engine's own translation, less setups. */
	static ShopProblem shop(Problem problem, Objective objective) {
		ShopProblem.Builder shop = ShopProblem.builder(problem.machines().size()).objective(objective);
		problem.jobs().forEach(job -> shop.job(job.due(), job.weight()));
		for (Operation operation : problem.operations()) {
			int[] machines = operation.machines().stream().mapToInt(e -> e.machine().index()).toArray();
			int[] durations = operation.machines().stream().mapToLong(Eligibility::processingMinutes)
				.mapToInt(Math::toIntExact).toArray();
			shop.operation(operation.job().index(), machines, durations);
		}
		for (Operation operation : problem.operations()) {
			int index = operation.id().index();
			for (Precedence precedence : operation.predecessors()) {
				shop.precedence(precedence.predecessor().index(), index, Math.toIntExact(precedence.minimumLag()));
			}
			long release = Math.max(operation.earliestStart(), problem.job(operation.job()).release());
			if (release > 0) {
				shop.release(index, release);
			}
		}
		return shop.build();
	}

	/** The machine orders of a solution, in the plain model's terms for {@link TimefoldJobShop#semiActive}. */
	private static int[][] sequences(FsSchedule solution) {
		int[][] sequences = new int[solution.getMachines().size()][];
		for (FsMachine machine : solution.getMachines()) {
			sequences[machine.getIndex()] = machine.getOperations().stream().mapToInt(FsOperation::getId).toArray();
		}
		return sequences;
	}
}
