package io.atelier.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.atelier.catalog.RoutingPrecedence.Step;
import io.atelier.shared.domain.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingPrecedenceTests {

	private static Step step(int stepNo, Integer... predecessors) {
		return new Step(stepNo, List.of(predecessors));
	}

	private static List<FieldError> check(Step... steps) {
		return new RoutingPrecedence(List.of(steps)).check();
	}

	@Test
	void aChainAndParallelBranchesThatJoinAreAccepted() {
		// cut 10; edge band 20 after 10; bore 30 after 10 (parallel to 20); assemble 40 after both; pack 50
		assertThat(check(step(10), step(20, 10), step(30, 10), step(40, 20, 30), step(50, 40))).isEmpty();
	}

	@Test
	void stepsWithoutPredecessorsMayAllStartAtOnce() {
		assertThat(check(step(10), step(20), step(30))).isEmpty();
	}

	@Test
	void aPredecessorThatIsNotAStepOfTheRoutingIsNamed() {
		List<FieldError> errors = check(step(10), step(20, 10, 15));
		assertThat(errors).containsExactly(FieldError.of("steps[1].predecessors[1]", "catalog.routing.unknown-predecessor", 15));
	}

	@Test
	void aStepWaitingForItselfIsRefused() {
		assertThat(check(step(10, 10))).containsExactly(
				FieldError.of("steps[0].predecessors[0]", "catalog.routing.predecessor-itself", 10));
	}

	@Test
	void aLoopIsReportedOnceOnItsFirstStepInWorkingOrder() {
		// 10 waits for 30, 20 for 10, 30 for 20: 10 → 20 → 30 → 10; step 40 after the loop is not reported again
		List<FieldError> errors = check(step(10, 30), step(20, 10), step(30, 20), step(40, 30));
		assertThat(errors).containsExactly(
				FieldError.of("steps[0].predecessors", "catalog.routing.precedence-cycle", "10 → 20 → 30 → 10"));
	}

	@Test
	void randomPrecedenceGraphsAreAcceptedAndEveryBackEdgeIsRefused() {
		for (long seed = 1; seed <= 300; seed++) {
			Random random = new Random(seed);
			int size = 1 + random.nextInt(12);
			List<Integer> order = new ArrayList<>();
			for (int i = 1; i <= size; i++) {
				order.add(i * 10);
			}
			Collections.shuffle(order, random);
			// a step waits only for steps earlier in a hidden working order: always schedulable
			List<List<Integer>> predecessors = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				List<Integer> waitsFor = new ArrayList<>();
				for (int j = 0; j < i; j++) {
					if (random.nextDouble() < 0.35) {
						waitsFor.add(order.get(j));
					}
				}
				predecessors.add(waitsFor);
			}
			assertThat(new RoutingPrecedence(steps(order, predecessors)).check()).as("seed %d", seed).isEmpty();

			boolean[][] before = closure(order, predecessors);
			for (int a = 0; a < size; a++) {
				for (int b = 0; b < size; b++) {
					if (a == b || predecessors.get(a).contains(order.get(b))) {
						continue;
					}
					// step a now also waits for step b: a loop exactly when a already comes before b
					List<List<Integer>> changed = new ArrayList<>();
					predecessors.forEach(p -> changed.add(new ArrayList<>(p)));
					changed.get(a).add(order.get(b));
					List<FieldError> errors = new RoutingPrecedence(steps(order, changed)).check();
					assertThat(errors.isEmpty()).as("seed %d: %d waits for %d", seed, order.get(a), order.get(b))
						.isEqualTo(!before[a][b]);
					errors.forEach(e -> assertThat(e.messageKey()).isEqualTo("catalog.routing.precedence-cycle"));
				}
			}
		}
	}

	private static List<Step> steps(List<Integer> numbers, List<List<Integer>> predecessors) {
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < numbers.size(); i++) {
			steps.add(new Step(numbers.get(i), predecessors.get(i)));
		}
		return steps;
	}

	/** before[a][b]: step a must come before step b, through any chain; computed independently of the rule. */
	private static boolean[][] closure(List<Integer> numbers, List<List<Integer>> predecessors) {
		int size = numbers.size();
		boolean[][] before = new boolean[size][size];
		for (int b = 0; b < size; b++) {
			for (int p : predecessors.get(b)) {
				before[numbers.indexOf(p)][b] = true;
			}
		}
		for (int k = 0; k < size; k++) {
			for (int i = 0; i < size; i++) {
				for (int j = 0; j < size; j++) {
					before[i][j] |= before[i][k] && before[k][j];
				}
			}
		}
		return before;
	}
}
