package io.atelier.scheduling.construct;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.bench.FactoryGenerator;
import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.objective.Emphasis;
import io.atelier.scheduling.objective.ObjectiveValues;
import io.atelier.scheduling.objective.Objectives;

import static org.assertj.core.api.Assertions.assertThat;

class RandomizedRestartsTests {

	@Test
	void restartsKeepTheBestFeasibleScheduleAndNeverLoseToThePlainRule() {
		Problem problem = new FactoryGenerator(5, 200).generate(200);
		var restarts = new RandomizedRestarts(List.of(DispatchRule.TARDINESS_AWARE), Emphasis.ON_TIME.order());
		var result = restarts.solve(problem, Duration.ofMillis(300), 2, 5);
		ObjectiveValues plain = new Objectives().evaluate(problem,
				new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(problem));
		assertThat(result.restarts()).isGreaterThan(1);
		assertThat(new ScheduleChecker().check(problem, result.schedule())).isEmpty();
		assertThat(Emphasis.ON_TIME.order().compare(result.values(), plain)).isLessThanOrEqualTo(0);
	}
}
