package io.atelier.bench.timefold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;

import io.atelier.scheduling.search.Objective;

/**
 * The scheduling neighbourhood, rebuilt at each step from the working solution's longest path: critical paths traced
 * back through tight arcs (machine arcs first, so that blocks stay long) from the operation ending last, or for
 * tardiness from the last operation of every late job. On each critical block of two operations or more, N7 (Zhang et
 * al. 2007): the first or last operation moved next to any other of the block, an inner one moved to its front or
 * back (the swaps of N5, Nowicki and Smutnicki 1996, are among them). Each flexible operation on a path may also move
 * to another eligible machine, where its current start puts it. Original order gives the whole neighbourhood once per
 * step (tabu search); random order draws from it without end (late acceptance, simulated annealing).
 */
public class CriticalPathMoves implements MoveIteratorFactory<FsSchedule, Move<FsSchedule>> {

	/** Neighbourhoods built over all solvers: one per local search step, for the steps per second. */
	public static final LongAdder STEPS = new LongAdder();

	private LongestPath path;

	@Override
	public long getSize(ScoreDirector<FsSchedule> scoreDirector) {
		return scoreDirector.getWorkingSolution().getData().operations;
	}

	@Override
	public Iterator<Move<FsSchedule>> createOriginalMoveIterator(ScoreDirector<FsSchedule> scoreDirector) {
		return moves(scoreDirector.getWorkingSolution()).iterator();
	}

	@Override
	public Iterator<Move<FsSchedule>> createRandomMoveIterator(ScoreDirector<FsSchedule> scoreDirector,
			RandomGenerator random) {
		List<Move<FsSchedule>> moves = moves(scoreDirector.getWorkingSolution());
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				return !moves.isEmpty();
			}

			@Override
			public Move<FsSchedule> next() {
				if (moves.isEmpty()) {
					throw new NoSuchElementException();
				}
				return moves.get(random.nextInt(moves.size()));
			}
		};
	}

	/** The neighbourhood of a solution; empty if its orders make a cycle, which the search never accepts. */
	List<Move<FsSchedule>> moves(FsSchedule solution) {
		STEPS.increment();
		ShopData data = solution.getData();
		if (path == null || path.data != data) {
			path = new LongestPath(data);
		}
		if (!path.compute(solution.getMachines())) {
			return Collections.emptyList();
		}
		Neighbourhood neighbourhood = new Neighbourhood(solution, path);
		if (data.objective == Objective.MAKESPAN) {
			neighbourhood.onPathTo(lastOperation(-1));
			return neighbourhood.moves;
		}
		long[] completion = path.completions();
		for (int job = 0; job < completion.length; job++) {
			if (completion[job] > data.due[job] && data.weight[job] > 0) {
				neighbourhood.onPathTo(lastOperation(job));
			}
		}
		if (neighbourhood.moves.isEmpty()) {
			neighbourhood.onPathTo(lastOperation(-1));
		}
		return neighbourhood.moves;
	}

	/** The operation ending last, of one job or (−1) of all. */
	private int lastOperation(int job) {
		int last = -1;
		long end = -1;
		for (int o = 0; o < path.data.operations; o++) {
			if ((job < 0 || path.data.jobOf[o] == job) && path.end(o) > end) {
				end = path.end(o);
				last = o;
			}
		}
		return last;
	}

	/** The moves of one step, without duplicates. */
	private static final class Neighbourhood {

		private final FsSchedule solution;

		private final LongestPath p;

		private final List<Move<FsSchedule>> moves = new ArrayList<>();

		private final Set<Long> seen = new HashSet<>();

		private final List<Integer> critical = new ArrayList<>();

		Neighbourhood(FsSchedule solution, LongestPath path) {
			this.solution = solution;
			this.p = path;
		}

		void onPathTo(int last) {
			critical.clear();
			for (int o = last; o >= 0; o = tightPredecessor(o)) {
				critical.add(o);
			}
			Collections.reverse(critical);
			int blockStart = 0;
			for (int i = 0; i < critical.size(); i++) {
				boolean blockGoesOn = i + 1 < critical.size()
						&& p.nextOnMachine[critical.get(i)] == critical.get(i + 1);
				if (!blockGoesOn) {
					block(p.positionOf[critical.get(blockStart)], p.positionOf[critical.get(i)],
							p.machineOf[critical.get(i)]);
					blockStart = i + 1;
				}
			}
			for (int o : critical) {
				reassignments(o);
			}
		}

		/** The predecessor whose end fixes the operation's start, machine first; −1 at the start of the path. */
		private int tightPredecessor(int o) {
			long head = p.head[o];
			int previous = p.previousOnMachine[o];
			if (previous >= 0 && p.end(previous) == head) {
				return previous;
			}
			for (int a = p.data.predStart[o]; a < p.data.predStart[o + 1]; a++) {
				if (p.end(p.data.predOp[a]) + p.data.predLag[a] == head) {
					return p.data.predOp[a];
				}
			}
			return -1;
		}

		/** N7 on the block at positions {@code first..last} of a machine's list. */
		private void block(int first, int last, int machine) {
			if (last - first < 1) {
				return;
			}
			if (last - first == 1) {
				reorder(machine, first, last);
				return;
			}
			for (int k = first + 1; k <= last; k++) {
				reorder(machine, first, k);
				reorder(machine, k, first);
			}
			for (int k = first + 1; k < last; k++) {
				reorder(machine, last, k);
				reorder(machine, k, last);
			}
		}

		private void reorder(int machine, int from, int to) {
			if (seen.add(((long) machine << 42) | ((long) from << 21) | to)) {
				FsMachine entity = solution.getMachines().get(machine);
				List<FsOperation> list = entity.getOperations();
				moves.add(new ReorderMove(entity, from, to,
						List.copyOf(list.subList(Math.min(from, to), Math.max(from, to) + 1))));
			}
		}

		/** To each other eligible machine, before the first operation there that starts later. */
		private void reassignments(int o) {
			int[] eligible = p.data.eligible[o];
			if (eligible.length < 2) {
				return;
			}
			FsMachine source = solution.getMachines().get(p.machineOf[o]);
			for (int m : eligible) {
				if (m == p.machineOf[o] || !seen.add(-1L - ((long) o << 21 | m))) {
					continue;
				}
				FsMachine target = solution.getMachines().get(m);
				List<FsOperation> there = target.getOperations();
				int position = 0;
				while (position < there.size() && p.head[there.get(position).index()] < p.head[o]) {
					position++;
				}
				moves.add(new ReassignMove(source, p.positionOf[o], target, position,
						source.getOperations().get(p.positionOf[o])));
			}
		}
	}
}
