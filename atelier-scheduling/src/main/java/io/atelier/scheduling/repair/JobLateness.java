package io.atelier.scheduling.repair;

import io.atelier.scheduling.model.JobId;

/** How many minutes after its due date a job completes, before the event and after the repair (0 when on time). */
public record JobLateness(JobId job, String reference, long minutesLateBefore, long minutesLateAfter) {

	/** Whether the repair made the job late that was on time before (or is new and late). */
	public boolean nowLate() {
		return minutesLateBefore == 0 && minutesLateAfter > 0;
	}
}
