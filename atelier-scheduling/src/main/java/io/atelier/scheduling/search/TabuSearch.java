package io.atelier.scheduling.search;

import java.util.SplittableRandom;

/**
 * One tabu search thread (see package documentation): each iteration takes the critical path(s), builds the N7 moves
 * on its blocks and, for flexible operations, reassignments to another machine, picks the best
 * non-tabu move by its estimate (or an aspirating tabu one), applies it and recomputes heads and tails. After a run
 * of iterations without a new best it returns to the best solution and takes a few random critical moves.
 */
final class TabuSearch {

	/** Marks a move found to make a cycle in this iteration. */
	private static final long EXCLUDED = Long.MAX_VALUE;

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
		this.tabu = new TabuList(4 * tenureBase + 4);
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
		boolean randomStep = randomStepsLeft > 0;
		randomStepsLeft = Math.max(0, randomStepsLeft - 1);
		for (int attempt = 0; attempt < moves.count; attempt++) {
			int chosen = randomStep ? random.nextInt(moves.count) : selectMove();
			if (chosen < 0) {
				break;
			}
			if (apply(chosen)) {
				forbidReverse(chosen);
				cur.computeTails();
				keep();
				return;
			}
			moves.estimate[chosen] = EXCLUDED;
		}
		restartFromBest();
	}

	private void keep() {
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
			if (moves.estimate[i] == EXCLUDED) {
				continue;
			}
			evaluate(i);
			if (evalPrimary == EXCLUDED) {
				continue;
			}
			int cmp = evalPrimary != chosenPrimary ? Long.compare(evalPrimary, chosenPrimary)
					: Long.compare(evalSecondary, chosenSecondary);
			// the tabu test scans the list, so it is made only for moves that would be chosen
			if (cmp > 0 || isTabu(i) && evalPrimary >= bestScore.primary()) {
				continue;
			}
			if (cmp < 0) {
				chosen = i;
				chosenPrimary = evalPrimary;
				chosenSecondary = evalSecondary;
				ties = 1;
			} else if (cmp == 0 && random.nextInt(++ties) == 0) {
				chosen = i;
			}
		}
		return chosen >= 0 ? chosen : anyIncluded();
	}

	/** When every move is tabu: a random one of those not found to make a cycle, or −1. */
	private int anyIncluded() {
		int start = random.nextInt(moves.count);
		for (int k = 0; k < moves.count; k++) {
			int i = (start + k) % moves.count;
			if (moves.estimate[i] != EXCLUDED) {
				return i;
			}
		}
		return -1;
	}

	/** Makespan: the head/tail estimate. Weighted tardiness: exact, by applying, re-decoding and undoing the move. */
	private void evaluate(int i) {
		if (pb.objective == Objective.MAKESPAN) {
			evalPrimary = moves.estimate[i];
			evalSecondary = 0;
			return;
		}
		if (!apply(i)) {
			moves.estimate[i] = EXCLUDED;
			evalPrimary = Long.MAX_VALUE;
			evalSecondary = Long.MAX_VALUE;
			return;
		}
		evalPrimary = cur.weightedTardiness();
		evalSecondary = cur.makespan();
		undo(i);
	}

	/**
	 * Tabu if the move recreates a forbidden order: a reassignment back to a machine just left; a move within a machine
	 * that puts the moved operation on the forbidden side of any operation of its segment.
	 */
	private boolean isTabu(int i) {
		int op = moves.op[i], u = moves.tabuX[i], v = moves.tabuY[i];
		if (v < 0) {
			return tabu.contains(op, v, iteration);
		}
		if (op == u) {
			for (int x = cur.ms[u];; x = cur.ms[x]) {
				if (tabu.contains(x, u, iteration)) {
					return true;
				}
				if (x == v) {
					return false;
				}
			}
		}
		for (int x = u; x != v; x = cur.ms[x]) {
			if (tabu.contains(v, x, iteration)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Forbids undoing a kept move. Within a machine it reversed the order of the moved operation and each operation of
	 * its segment; the pairs with the two ends of the segment are forbidden (they are what a single move back would
	 * recreate). For a reassignment, the return to the machine left.
	 */
	private void forbidReverse(int i) {
		long until = iteration + tenureBase + random.nextInt(tenureBase / 2 + 1);
		int op = moves.op[i], u = moves.tabuX[i], v = moves.tabuY[i];
		if (v < 0) {
			tabu.add(op, -1 - undoMachine, until);
		} else if (op == u) {
			int firstJumped = undoPrevious >= 0 ? cur.ms[undoPrevious] : cur.first[cur.machine[op]];
			tabu.add(u, v, until);
			tabu.add(u, firstJumped, until);
		} else {
			tabu.add(u, v, until);
			tabu.add(undoPrevious, v, until);
		}
	}

	private int undoMachine, undoPrevious;

	/** Applies move i and recomputes heads; if that makes a cycle, undoes it and returns false. */
	private boolean apply(int i) {
		int op = moves.op[i];
		undoMachine = cur.machine[op];
		undoPrevious = cur.mp[op];
		cur.remove(op);
		cur.insert(op, moves.machine[i], moves.previous[i]);
		if (cur.computeHeads()) {
			return true;
		}
		undo(i);
		return false;
	}

	private void undo(int i) {
		int op = moves.op[i];
		cur.remove(op);
		cur.insert(op, undoMachine, undoPrevious);
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
