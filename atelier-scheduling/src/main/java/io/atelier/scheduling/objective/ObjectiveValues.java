package io.atelier.scheduling.objective;

import io.atelier.scheduling.model.ObjectiveWeights;

/**
 * The measured objectives of one schedule, in minutes. Tardiness and earliness are per job (its last operation against
 * its due date), weighted by the job's weight for tardiness; flow time is the sum over jobs of completion minus release.
 */
public record ObjectiveValues(long hardViolations, long weightedTardiness, long totalTardiness, long makespan,
		long totalFlowTime, long totalSetupMinutes, long earliness, ObjectiveWeights weights) {

	public boolean feasible() {
		return hardViolations == 0;
	}

	/** The soft objectives below tardiness added with the problem's weights. */
	public long weightedRest() {
		return weights.makespan() * makespan + weightedRestWithoutMakespan();
	}

	long weightedRestWithoutMakespan() {
		return weights.flowTime() * totalFlowTime + weights.setup() * totalSetupMinutes
				+ weights.earliness() * earliness;
	}

	/** One line a planner can read. */
	public String explain() {
		return (feasible() ? "feasible" : hardViolations + " hard violations") + "; weighted tardiness "
				+ weightedTardiness + " (total " + totalTardiness + " min); makespan " + makespan + "; flow time "
				+ totalFlowTime + "; setup " + totalSetupMinutes + "; earliness " + earliness;
	}
}
