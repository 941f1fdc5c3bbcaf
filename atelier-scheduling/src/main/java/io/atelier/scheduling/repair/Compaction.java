package io.atelier.scheduling.repair;

import java.util.Comparator;
import java.util.stream.IntStream;

import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Problem;

/**
 * After the right shift, pulls the work it moved (and new work) left into the gaps the event freed or the shift left,
 * in the order of its new starts so that a chain follows its pulled predecessor, on the machine the shift chose and
 * never before the frozen horizon. Moving work to the left delays nothing, so the work the shift did not move, which
 * the compaction leaves where it is, stays feasible; only work that moves anyway moves again, so the compaction adds
 * no moved operation.
 */
final class Compaction {

	private final Problem problem;

	private final Timelines timelines;

	private final Slot[] slots;

	private final long cutoff;

	Compaction(Problem problem, Timelines timelines, Slot[] slots, long cutoff) {
		this.problem = problem;
		this.timelines = timelines;
		this.slots = slots;
		this.cutoff = cutoff;
	}

	void pullLeft(boolean[] movable) {
		int[] order = IntStream.range(0, slots.length)
			.filter(i -> movable[i])
			.boxed()
			.sorted(Comparator.comparingLong((Integer i) -> slots[i].start()).thenComparingInt(i -> i))
			.mapToInt(Integer::intValue)
			.toArray();
		for (int i : order) {
			Operation operation = problem.operations().get(i);
			long ready = RightShift.readyTime(problem, slots, operation, cutoff);
			if (ready < slots[i].start() && timelines.unbook(operation, slots[i])) {
				Slot earlier = timelines.earliest(operation, slots[i].machine(), ready, slots[i].workers());
				if (earlier.start() < slots[i].start()) {
					slots[i] = earlier;
				}
				timelines.book(operation, slots[i]);
			}
		}
	}
}
