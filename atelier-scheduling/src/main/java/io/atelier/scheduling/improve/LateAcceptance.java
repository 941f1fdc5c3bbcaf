package io.atelier.scheduling.improve;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;

import io.atelier.scheduling.objective.Emphasis;
import io.atelier.scheduling.objective.ObjectiveValues;
import io.atelier.scheduling.search.ProgressListener;
import io.atelier.scheduling.search.Score;
import io.atelier.scheduling.search.StopCondition;

/**
 * One search thread: late acceptance hill climbing (Burke and Bykov 2017). Each iteration proposes one critical-path
 * move, decodes the changed sequences and keeps the result if it is no worse than the current schedule or than the
 * current schedule of {@link #HISTORY} iterations ago; otherwise the move is undone. A run of iterations without a new
 * best sends the search back to the best. Schedules are compared by the emphasis's lexicographic order.
 */
final class LateAcceptance {

	private static final int HISTORY = 200;

	private final Instance instance;

	private final Comparator<ObjectiveValues> order;

	private final Emphasis emphasis;

	private final StopCondition stop;

	private final ProgressListener listener;

	private final Decoder decoder;

	private final Neighbourhood neighbourhood;

	private final Sequences sequences;

	private final Sequences bestSequences;

	private Decoded current;

	private Decoded candidate;

	private final Decoded best;

	private final ObjectiveValues[] history = new ObjectiveValues[HISTORY];

	private final long stagnationLimit;

	private long iterations;

	private boolean improved;

	LateAcceptance(Instance instance, Start start, Emphasis emphasis, long seed, StopCondition stop,
			ProgressListener listener) {
		this.instance = instance;
		this.emphasis = emphasis;
		this.order = emphasis.order();
		this.stop = stop;
		this.listener = listener;
		this.decoder = new Decoder(instance, start.placed());
		this.neighbourhood = new Neighbourhood(instance, emphasis, new SplittableRandom(seed));
		this.sequences = start.sequences().copy();
		this.bestSequences = start.sequences().copy();
		current = new Decoded(instance);
		candidate = new Decoded(instance);
		best = new Decoded(instance);
		best.copyFrom(start.placed());
		stagnationLimit = 20_000L + 4L * instance.operations;
		if (!decoder.decode(sequences, start.placed().start, current)) {
			throw new IllegalArgumentException("the start schedule contradicts its precedences");
		}
		current.measure(instance);
		if (order.compare(current.values, best.values) < 0) {
			keepBest();
		}
		Arrays.fill(history, current.values);
	}

	/** What one thread found: the best placement and sequences, and whether they beat the start. */
	record Found(Decoded best, Sequences sequences, boolean improved, long iterations) {
	}

	Found run() {
		long lastImprovement = 0;
		while (!stop.shouldStop(iterations)) {
			iterations++;
			if (step() && order.compare(current.values, best.values) < 0) {
				keepBest();
				lastImprovement = iterations;
			}
			if (iterations - lastImprovement > stagnationLimit) {
				sequences.copyFrom(bestSequences);
				decoder.decode(sequences, best.start, current);
				current.measure(instance);
				lastImprovement = iterations;
			}
		}
		return new Found(best, bestSequences, improved, iterations);
	}

	/** One proposal; true if it was accepted. */
	private boolean step() {
		if (!neighbourhood.propose(sequences, current)) {
			return false;
		}
		int op = neighbourhood.op;
		int fromMachine = sequences.machineOf(op);
		int fromPosition = sequences.position(op);
		int oldNext = sequences.next(op);
		sequences.remove(op);
		sequences.insert(op, neighbourhood.machine, neighbourhood.position);
		int from = Math.min(orderPosition(op), Math.min(orderPosition(oldNext), orderPosition(sequences.next(op))));
		int slot = (int) (iterations % HISTORY);
		ObjectiveValues bound = order.compare(history[slot], current.values) > 0 ? history[slot] : current.values;
		boolean onTime = emphasis == Emphasis.ON_TIME;
		if (decoder.redecode(sequences, current, from, candidate, onTime ? bound.weightedTardiness() : Long.MAX_VALUE,
				onTime ? Long.MAX_VALUE : bound.makespan())) {
			ObjectiveValues values = candidate.measure(instance);
			if (order.compare(values, history[slot]) <= 0 || order.compare(values, current.values) <= 0) {
				Decoded accepted = candidate;
				candidate = current;
				current = accepted;
				remember(slot);
				return true;
			}
		}
		sequences.remove(op);
		sequences.insert(op, fromMachine, fromPosition);
		remember(slot);
		return false;
	}

	private int orderPosition(int op) {
		return op < 0 ? Integer.MAX_VALUE : current.orderPosition[op];
	}

	private void remember(int slot) {
		if (order.compare(current.values, history[slot]) < 0) {
			history[slot] = current.values;
		}
	}

	private void keepBest() {
		best.copyFrom(current);
		bestSequences.copyFrom(sequences);
		improved = true;
		listener.improved(stop.elapsedMillis(), score(best.values));
	}

	private Score score(ObjectiveValues values) {
		return emphasis == Emphasis.THROUGHPUT ? new Score(values.makespan(), values.makespan())
				: new Score(values.weightedTardiness(), values.makespan());
	}
}
