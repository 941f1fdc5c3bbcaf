package io.atelier.scheduling.solve;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.bench.BenchmarkFormat;
import io.atelier.scheduling.bench.FactoryGenerator;
import io.atelier.scheduling.bench.InstanceReader;
import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.construct.ConstructiveScheduler;
import io.atelier.scheduling.construct.DispatchRule;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.SmallFactory;
import io.atelier.scheduling.objective.Emphasis;
import io.atelier.scheduling.objective.ObjectiveValues;
import io.atelier.scheduling.objective.Objectives;
import io.atelier.scheduling.search.Objective;
import io.atelier.scheduling.search.SearchSettings;

import static org.assertj.core.api.Assertions.assertThat;

class EngineSolverTests {

	/** ft06 (Fisher and Thompson): 6 jobs on 6 machines, optimum 55. */
	private static final String FT06 = """
			6 6
			2 1 0 3 1 6 3 7 5 3 4 6
			1 8 2 5 4 10 5 10 0 10 3 4
			2 5 3 4 5 8 0 9 1 1 4 7
			1 5 0 5 2 5 3 3 4 8 5 9
			2 9 1 3 4 5 5 4 0 3 3 1
			1 3 3 3 5 9 0 10 4 4 2 1
			""";

	private final EngineSolver solver = new EngineSolver();

	private final ScheduleChecker checker = new ScheduleChecker();

	@Test
	void aPureJobShopGoesToTabuSearchAndComesBackAsAFeasibleModelSchedule() {
		Problem problem = new InstanceReader().read(FT06, BenchmarkFormat.JSP);
		var result = solver.solve(problem, Objective.MAKESPAN, Duration.ofMillis(500), 1, 7);
		assertThat(result.method()).isEqualTo("tabu search");
		assertThat(checker.check(problem, result.schedule())).isEmpty();
		assertThat(result.values().makespan()).as("never below the proven optimum").isGreaterThanOrEqualTo(55);
		assertThat(result.values().makespan()).as("close to the optimum after half a second of tabu search").isLessThanOrEqualTo(58);
	}

	@Test
	void aFactoryWithWorkersAndCalendarsIsScheduledByDispatchRulesAndLocalSearchAndIsFeasible() {
		Problem problem = SmallFactory.problem();
		var result = solver.solve(problem, Objective.TOTAL_WEIGHTED_TARDINESS, Duration.ofMillis(200), 1, 7);
		assertThat(result.method()).isEqualTo("dispatch rules and local search");
		assertThat(checker.check(problem, result.schedule())).isEmpty();
		assertThat(result.values().feasible()).isTrue();
	}

	@Test
	void aGeneratedFactoryComesOutNoWorseThanEveryDispatchRuleAndTheSameUnderAnIterationBudget() {
		Problem problem = new FactoryGenerator(8, 300).generate(300);
		SearchSettings budget = SearchSettings.iterations(4, 2, 500);
		var result = solver.solve(problem, Objective.TOTAL_WEIGHTED_TARDINESS, budget);
		for (DispatchRule rule : DispatchRule.values()) {
			ObjectiveValues ruleValues = new Objectives().evaluate(problem, new ConstructiveScheduler(rule).schedule(problem));
			assertThat(Emphasis.ON_TIME.order().compare(result.values(), ruleValues)).as(rule.name()).isNegative();
		}
		assertThat(checker.check(problem, result.schedule())).isEmpty();
		assertThat(solver.solve(problem, Objective.TOTAL_WEIGHTED_TARDINESS, SearchSettings.iterations(4, 2, 500))
			.schedule()).isEqualTo(result.schedule());
	}
}
