package io.atelier.scheduling.search;

import java.util.SplittableRandom;

/**
 * One tabu search thread (see package documentation): each iteration takes the critical path(s), builds the N5 swaps
 * at the borders of its blocks and, for flexible operations, reassignments to another machine, picks the best
 * non-tabu move by its estimate (or an aspirating tabu one), applies it and recomputes heads and tails. After a run
 * of iterations without a new best it returns to the best solution and takes a few random critical moves.
 */
final class TabuSearch {

	private static final int SWAP = CriticalMoves.SWAP;

	private final ShopProblem pb;
	private final DisjunctiveGraph cur, best;
	private final CriticalMoves moves;
	private final TabuList tabu;
	private final SplittableRandom random;
	private final StopCondition stop;
	private final ProgressListener listener;
	private final int tenureBase;
	private final long stagnationLimit;
	private Score currentScore, bestScore;
	private long iteration, lastImprovement;
	private int randomStepsLeft;
	private long evalPrimary, evalSecondary;

	TabuSearch(ShopProblem pb, ShopSolution start, long seed, StopCondition stop, ProgressListener listener) {
		this.pb = pb;
		this.cur = new DisjunctiveGraph(pb);
		this.best = new DisjunctiveGraph(pb);
		this.moves = new CriticalMoves(cur);
		this.random = new SplittableRandom(seed);
		this.stop = stop;
		this.listener = listener;
		this.tenureBase = 10 + pb.jobCount() / pb.machineCount;
		this.tabu = new TabuList(2 * tenureBase + 2);
		this.stagnationLimit = 2500 + pb.operationCount;
		cur.load(start);
		if (!cur.computeHeads()) {
			throw new IllegalArgumentException("the start solution has a cycle");
		}
		cur.computeTails();
		currentScore = cur.score();
		best.copyFrom(cur);
		bestScore = currentScore;
		listener.improved(stop.elapsedMillis(), bestScore);
	}

	SearchResult run() {
		while (!stop.shouldStop(iteration)) {
			iteration++;
			step();
			if (iteration - lastImprovement > stagnationLimit) {
				restartFromBest();
			}
		}
		ShopSolution solution = best.toSolution();
		return new SearchResult(solution, solution.decode(pb), bestScore, iteration);
	}

	private void step() {
		moves.collect();
		if (moves.count == 0) {
			restartFromBest();
			return;
		}
		int chosen = randomStepsLeft > 0 ? random.nextInt(moves.count) : selectMove();
		randomStepsLeft = Math.max(0, randomStepsLeft - 1);
		if (!apply(chosen)) {
			forbidBriefly(chosen);
			cur.computeTails();
			return;
		}
		forbidReverse(chosen);
		cur.computeTails();
		currentScore = cur.score();
		if (currentScore.isBetterThan(bestScore)) {
			bestScore = currentScore;
			best.copyFrom(cur);
			lastImprovement = iteration;
			listener.improved(stop.elapsedMillis(), bestScore);
		}
	}

	/** Best estimate among non-tabu moves and tabu moves that would beat the best; random among ties. */
	private int selectMove() {
		int chosen = -1, ties = 0;
		long chosenPrimary = Long.MAX_VALUE, chosenSecondary = Long.MAX_VALUE;
		for (int i = 0; i < moves.count; i++) {
			evaluate(i);
			boolean allowed = !isTabu(i) || evalPrimary < bestScore.primary();
			if (!allowed) {
				continue;
			}
			int cmp = evalPrimary != chosenPrimary ? Long.compare(evalPrimary, chosenPrimary)
					: Long.compare(evalSecondary, chosenSecondary);
			if (cmp < 0) {
				chosen = i;
				chosenPrimary = evalPrimary;
				chosenSecondary = evalSecondary;
				ties = 1;
			} else if (cmp == 0 && random.nextInt(++ties) == 0) {
				chosen = i;
			}
		}
		return chosen >= 0 ? chosen : random.nextInt(moves.count);
	}

	/** Makespan: the head/tail estimate. Weighted tardiness: exact, by applying, re-decoding and undoing the move. */
	private void evaluate(int i) {
		if (pb.objective == Objective.MAKESPAN) {
			evalPrimary = moves.estimate[i];
			evalSecondary = 0;
			return;
		}
		if (!apply(i)) {
			evalPrimary = Long.MAX_VALUE;
			evalSecondary = Long.MAX_VALUE;
			return;
		}
		evalPrimary = DisjunctiveGraph.weightedTardiness(cur.head, cur.duration, pb);
		evalSecondary = cur.makespan();
		undo(i);
	}

	private boolean isTabu(int i) {
		int a = moves.a[i], b = moves.b[i];
		return moves.type[i] == SWAP ? tabu.contains(b, a, iteration) : tabu.contains(a, -1 - b, iteration);
	}

	/** Forbids undoing a kept move: the arc it reversed, or its operation's return to the machine it left. */
	private void forbidReverse(int i) {
		int a = moves.a[i];
		int tenure = tenureBase + random.nextInt(tenureBase / 2 + 1);
		tabu.add(a, moves.type[i] == SWAP ? moves.b[i] : -1 - undoMachine, iteration + tenure);
	}

	/** A move that made a cycle is kept out of the next selection. */
	private void forbidBriefly(int i) {
		int a = moves.a[i], b = moves.b[i];
		if (moves.type[i] == SWAP) {
			tabu.add(b, a, iteration + 1);
		} else {
			tabu.add(a, -1 - b, iteration + 1);
		}
	}

	private int undoMachine, undoPrevious;

	/** Applies move i and recomputes heads; if that makes a cycle, undoes it and returns false. */
	private boolean apply(int i) {
		int a = moves.a[i], b = moves.b[i];
		if (moves.type[i] == SWAP) {
			cur.swap(a, b);
		} else {
			undoMachine = cur.machine[a];
			undoPrevious = cur.mp[a];
			cur.remove(a);
			cur.insert(a, b, moves.previous[i]);
		}
		if (cur.computeHeads()) {
			return true;
		}
		undo(i);
		return false;
	}

	private void undo(int i) {
		int a = moves.a[i];
		if (moves.type[i] == SWAP) {
			cur.swap(moves.b[i], a);
		} else {
			cur.remove(a);
			cur.insert(a, undoMachine, undoPrevious);
		}
		cur.computeHeads();
	}

	/** Diversification: back to the best solution, a clean tabu list, then a few random critical moves. */
	private void restartFromBest() {
		cur.copyFrom(best);
		cur.computeHeads();
		cur.computeTails();
		currentScore = bestScore;
		tabu.clear();
		randomStepsLeft = 2 + random.nextInt(4);
		lastImprovement = iteration;
	}
}
