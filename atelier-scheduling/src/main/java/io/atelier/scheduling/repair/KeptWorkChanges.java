package io.atelier.scheduling.repair;

import java.util.ArrayList;
import java.util.List;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Interval;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.model.WorkerId;

/** What the repair did to work it kept at its start: pauses, and workers named instead of absent ones. */
final class KeptWorkChanges {

	private KeptWorkChanges() {
	}

	/** The machine time inside kept work that the event took away: before it was working time, now it is not. */
	static List<Interruption> interruptions(Problem before, ScheduledOperation[] current, RightShift.Outcome outcome,
			RepairEvent event) {
		Interruption.Cause cause = event instanceof MachineDowntime ? Interruption.Cause.MACHINE_DOWN
				: Interruption.Cause.WORKER_ABSENT;
		List<Interruption> interruptions = new ArrayList<>();
		for (int i = 0; i < current.length; i++) {
			Slot slot = outcome.slots()[i];
			Calendar was = before.machines().get(slot.machine()).calendar();
			Calendar now = outcome.calendars()[slot.machine()];
			if (was == now || !keptInPlace(current[i], slot)) {
				continue;
			}
			for (Interval working : was.workingIntervalsWithin(slot.start(), slot.end())) {
				long cursor = working.start();
				for (Interval still : now.workingIntervalsWithin(working.start(), working.end())) {
					if (still.start() > cursor) {
						interruptions.add(new Interruption(new OperationId(i), cause, cursor, still.start()));
					}
					cursor = still.end();
				}
				if (cursor < working.end()) {
					interruptions.add(new Interruption(new OperationId(i), cause, cursor, working.end()));
				}
			}
		}
		return interruptions;
	}

	static List<WorkerReplacement> replacements(ScheduledOperation[] current, Slot[] slots) {
		List<WorkerReplacement> replacements = new ArrayList<>();
		for (int i = 0; i < current.length; i++) {
			if (!keptInPlace(current[i], slots[i])) {
				continue;
			}
			List<WorkerId> absent = new ArrayList<>(current[i].workers());
			List<WorkerId> named = new ArrayList<>();
			for (int w : slots[i].workers()) {
				if (!absent.remove(new WorkerId(w))) {
					named.add(new WorkerId(w));
				}
			}
			for (int k = 0; k < Math.min(absent.size(), named.size()); k++) {
				replacements.add(new WorkerReplacement(new OperationId(i), absent.get(k), named.get(k)));
			}
		}
		return replacements;
	}

	private static boolean keptInPlace(ScheduledOperation placed, Slot slot) {
		return placed != null && placed.start() == slot.start() && placed.machine().index() == slot.machine();
	}
}
