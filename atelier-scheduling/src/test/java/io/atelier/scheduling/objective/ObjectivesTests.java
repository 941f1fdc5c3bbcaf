package io.atelier.scheduling.objective;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.model.ObjectiveWeights;

import static io.atelier.scheduling.model.SmallFactory.placed;
import static io.atelier.scheduling.model.SmallFactory.problem;
import static io.atelier.scheduling.model.SmallFactory.schedule;
import static io.atelier.scheduling.model.SmallFactory.scheduleWith;
import static org.assertj.core.api.Assertions.assertThat;

class ObjectivesTests {

	private final Objectives objectives = new Objectives();

	@Test
	void theFixtureScheduleIsMeasuredJobByJob() {
		ObjectiveValues values = objectives.evaluate(problem(), schedule());
		// J0 completes at 190 (due 500, weight 2), J1 at 650 (due 300, released 100)
		assertThat(values).isEqualTo(new ObjectiveValues(0, 350, 350, 650, 190 + 550, 30, 310,
				ObjectiveWeights.DEFAULT));
		assertThat(values.explain()).startsWith("feasible; weighted tardiness 350");
	}

	@Test
	void hardViolationsComeBeforeAnySoftObjective() {
		ObjectiveValues feasible = objectives.evaluate(problem(), schedule());
		ObjectiveValues overlapping = objectives.evaluate(problem(), scheduleWith(placed(0, 1, 0, 150)));
		assertThat(overlapping.feasible()).isFalse();
		for (Emphasis emphasis : Emphasis.values()) {
			assertThat(emphasis.order().compare(feasible, overlapping)).isNegative();
		}
	}

	@Test
	void onTimeEmphasisPrefersLessTardinessAndThroughputPrefersTheShorterMakespan() {
		ObjectiveValues punctual = new ObjectiveValues(0, 10, 10, 900, 0, 0, 0, ObjectiveWeights.DEFAULT);
		ObjectiveValues quick = new ObjectiveValues(0, 50, 50, 600, 0, 0, 0, ObjectiveWeights.DEFAULT);
		assertThat(Emphasis.ON_TIME.order().compare(punctual, quick)).isNegative();
		assertThat(Emphasis.THROUGHPUT.order().compare(quick, punctual)).isNegative();
	}
}
