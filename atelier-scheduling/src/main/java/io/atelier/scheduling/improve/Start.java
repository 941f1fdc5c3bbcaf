package io.atelier.scheduling.improve;

import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.objective.ObjectiveValues;

/**
 * The schedule the search starts from, read into its sequences and placements; its pinned operations stay exactly
 * where it put them.
 */
record Start(Sequences sequences, Decoded placed) {

	static Start of(Instance instance, Schedule schedule, ObjectiveValues values) {
		if (schedule.operations().size() != instance.operations) {
			throw new IllegalArgumentException("the start schedule does not place every operation once");
		}
		Decoded placed = new Decoded(instance);
		for (ScheduledOperation s : schedule.operations()) {
			int i = s.operation().index();
			if (s.workers().size() != placed.workers[i].length) {
				throw new IllegalArgumentException(s.operation() + " has not the number of workers it needs");
			}
			placed.start[i] = s.start();
			placed.end[i] = s.end();
			placed.setup[i] = s.setupMinutes();
			for (int k = 0; k < placed.workers[i].length; k++) {
				placed.workers[i][k] = s.workers().get(k).index();
			}
		}
		placed.values = values;
		return new Start(Sequences.of(instance, schedule), placed);
	}
}
