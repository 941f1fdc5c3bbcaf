package io.atelier.bench.timefold;

import java.util.Arrays;
import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;

import io.atelier.scheduling.search.Objective;

/**
 * The incremental variant of {@link LongestPathScore}: Timefold reports which stretch of which machine list a move (or
 * its undo) changed; those operations and their machine neighbours are marked, and the next score recomputes the heads
 * of what can be reached from them only, by Kahn's algorithm restricted to that part of the graph (a cycle shows as
 * operations it cannot order). The rest of the schedule keeps its times. After a cycle the next score starts over.
 */
public class DownstreamScore implements IncrementalScoreCalculator<FsSchedule, HardMediumSoftScore> {

	private FsSchedule solution;

	private LongestPath p;

	private int[] dirty, affected, missing, queue;

	private boolean[] isDirty, inAffected;

	private int dirtyCount;

	private boolean full = true;

	private HardMediumSoftScore score;

	@Override
	public void resetWorkingSolution(FsSchedule workingSolution) {
		solution = workingSolution;
		ShopData data = workingSolution.getData();
		if (p == null || p.data != data) {
			p = new LongestPath(data);
			int n = data.operations;
			dirty = new int[n];
			affected = new int[n];
			missing = new int[n];
			queue = new int[n];
			isDirty = new boolean[n];
			inAffected = new boolean[n];
		}
		full = true;
		score = null;
	}

	@Override
	public void beforeVariableChanged(Object entity, String variableName) {
	}

	@Override
	public void afterVariableChanged(Object entity, String variableName) {
	}

	@Override
	public void afterListVariableChanged(Object entity, String variableName, int fromIndex, int toIndex) {
		score = null;
		if (full) {
			return;
		}
		FsMachine machine = (FsMachine) entity;
		List<FsOperation> list = machine.getOperations();
		int m = machine.getIndex();
		int first = Math.max(0, Math.min(fromIndex, toIndex) - 1);
		int last = Math.min(list.size() - 1, Math.max(fromIndex, toIndex));
		for (int k = first; k <= last; k++) {
			int o = list.get(k).index();
			p.machineOf[o] = m;
			p.positionOf[o] = k;
			p.previousOnMachine[o] = k > 0 ? list.get(k - 1).index() : -1;
			p.nextOnMachine[o] = k + 1 < list.size() ? list.get(k + 1).index() : -1;
			mark(o);
		}
	}

	private void mark(int o) {
		if (!isDirty[o]) {
			isDirty[o] = true;
			dirty[dirtyCount++] = o;
		}
	}

	@Override
	public HardMediumSoftScore calculateScore() {
		LongestPathScore.CALCULATIONS.increment();
		if (score != null) {
			return score;
		}
		int unordered;
		if (full) {
			clearDirty();
			unordered = p.compute(solution.getMachines()) ? 0 : p.data.operations - p.reached;
		}
		else {
			unordered = recomputeDownstream();
		}
		full = unordered > 0;
		if (unordered > 0) {
			score = HardMediumSoftScore.of(-unordered, 0, 0);
			return score;
		}
		long makespan = p.makespan();
		long objective = p.data.objective == Objective.MAKESPAN ? makespan : p.weightedTardiness();
		// ineligible machines are counted by the full pass only: the moves never reassign to one
		score = HardMediumSoftScore.of(-p.ineligible, -objective, -makespan);
		return score;
	}

	/** The heads of everything reachable from the marked operations; how many of those a cycle left unordered. */
	private int recomputeDownstream() {
		ShopData d = p.data;
		int count = 0;
		for (int i = 0; i < dirtyCount; i++) {
			int o = dirty[i];
			if (!inAffected[o]) {
				inAffected[o] = true;
				affected[count++] = o;
			}
		}
		for (int i = 0; i < count; i++) {
			int o = affected[i];
			for (int a = d.succStart[o]; a < d.succStart[o + 1]; a++) {
				int next = d.succOp[a];
				if (!inAffected[next]) {
					inAffected[next] = true;
					affected[count++] = next;
				}
			}
			int next = p.nextOnMachine[o];
			if (next >= 0 && !inAffected[next]) {
				inAffected[next] = true;
				affected[count++] = next;
			}
		}
		int tail = 0;
		for (int i = 0; i < count; i++) {
			int o = affected[i];
			int waiting = 0;
			for (int a = d.predStart[o]; a < d.predStart[o + 1]; a++) {
				waiting += inAffected[d.predOp[a]] ? 1 : 0;
			}
			int previous = p.previousOnMachine[o];
			waiting += previous >= 0 && inAffected[previous] ? 1 : 0;
			missing[o] = waiting;
			if (waiting == 0) {
				queue[tail++] = o;
			}
		}
		int done = 0;
		while (done < tail) {
			int o = queue[done++];
			long start = d.release[o];
			int previous = p.previousOnMachine[o];
			if (previous >= 0) {
				start = Math.max(start, p.end(previous));
			}
			for (int a = d.predStart[o]; a < d.predStart[o + 1]; a++) {
				start = Math.max(start, p.end(d.predOp[a]) + d.predLag[a]);
			}
			p.head[o] = start;
			for (int a = d.succStart[o]; a < d.succStart[o + 1]; a++) {
				int next = d.succOp[a];
				if (inAffected[next] && --missing[next] == 0) {
					queue[tail++] = next;
				}
			}
			int next = p.nextOnMachine[o];
			if (next >= 0 && inAffected[next] && --missing[next] == 0) {
				queue[tail++] = next;
			}
		}
		for (int i = 0; i < count; i++) {
			inAffected[affected[i]] = false;
		}
		clearDirty();
		return count - done;
	}

	private void clearDirty() {
		for (int i = 0; i < dirtyCount; i++) {
			isDirty[dirty[i]] = false;
		}
		dirtyCount = 0;
	}
}
