package io.atelier.scheduling.bench;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.construct.ConstructiveScheduler;
import io.atelier.scheduling.construct.DispatchRule;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class FactoryGeneratorTests {

	@Test
	void aFactoryGeneratedTwiceFromOneSeedIsScheduledIdentically() {
		Problem once = new FactoryGenerator(7, 200).generate(200);
		Problem twice = new FactoryGenerator(7, 200).generate(200);
		assertThat(once.operations()).isEqualTo(twice.operations());
		ConstructiveScheduler scheduler = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE);
		assertThat(scheduler.schedule(once)).isEqualTo(scheduler.schedule(twice));
	}

	@Test
	void aGeneratedFactoryHasTheAskedSizeWithSetupsSkillsAssembliesAndLateMaterial() {
		Problem problem = new FactoryGenerator(3, 500).generate(500);
		assertThat(problem.operations()).hasSize(500);
		assertThat(problem.operations()).anyMatch(o -> o.predecessors().size() == 2)
			.anyMatch(o -> o.skill().workers() > 0)
			.anyMatch(o -> o.earliestStart() > 0)
			.anyMatch(o -> o.machines().size() > 1)
			.extracting(Operation::family)
			.contains(0, 1, 2, 3, 4);
		assertThat(problem.machines()).allMatch(m -> m.setups().defaultMinutes() > 0);
	}
}
