package io.atelier.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BomCycleCheckTests {

	private static Map<Long, List<Long>> graph(long[]... edges) {
		Map<Long, List<Long>> graph = new HashMap<>();
		for (long[] edge : edges) {
			graph.computeIfAbsent(edge[0], p -> new ArrayList<>()).add(edge[1]);
		}
		return graph;
	}

	@Test
	void aComponentThatAlreadyContainsTheParentClosesACycleShownFromParentToParent() {
		// cabinet 1 takes carcass 2, carcass 2 takes panel 3; making panel 3 out of cabinet 1 closes the loop
		var check = new BomCycleCheck(graph(new long[] { 1, 2 }, new long[] { 2, 3 }));
		assertThat(check.cycleThrough(3, 1)).contains(List.of(3L, 1L, 2L, 3L));
	}

	@Test
	void anItemTakingItselfIsTheShortestCycle() {
		assertThat(new BomCycleCheck(Map.of()).cycleThrough(7, 7)).contains(List.of(7L, 7L));
	}

	@Test
	void aComponentSharedByTwoBranchesIsNoCycle() {
		// desk 1 takes drawer 2 and carcass 3, both take screws 4: a diamond, not a loop
		var check = new BomCycleCheck(
				graph(new long[] { 1, 2 }, new long[] { 1, 3 }, new long[] { 2, 4 }, new long[] { 3, 4 }));
		assertThat(check.cycleThrough(5, 1)).isEmpty();
		assertThat(check.cycleThrough(3, 4)).isEmpty();
		assertThat(check.cycleThrough(4, 1)).contains(List.of(4L, 1L, 2L, 4L));
	}

	@Test
	void randomProductStructuresAreAcceptedAndEveryBackEdgeIsRefusedWithARealCycle() {
		for (long seed = 1; seed <= 300; seed++) {
			Random random = new Random(seed);
			int size = 2 + random.nextInt(14);
			List<Long> order = new ArrayList<>();
			for (long item = 1; item <= size; item++) {
				order.add(item);
			}
			Collections.shuffle(order, random);
			Map<Long, List<Long>> graph = new HashMap<>();
			// parents only take items later in a hidden order: a DAG; build it one BOM at a time as users would
			for (int i = 0; i < size; i++) {
				long parent = order.get(i);
				List<Long> components = new ArrayList<>();
				for (int j = i + 1; j < size; j++) {
					if (random.nextDouble() < 0.3) {
						components.add(order.get(j));
					}
				}
				graph.put(parent, components);
				var check = new BomCycleCheck(graph);
				for (long component : components) {
					assertThat(check.cycleThrough(parent, component)).as("seed %d: %d takes %d", seed, parent, component)
						.isEmpty();
				}
			}
			boolean[][] reaches = closure(graph, size);
			for (long parent = 1; parent <= size; parent++) {
				for (long component = 1; component <= size; component++) {
					if (parent == component || graph.get(parent).contains(component)) {
						continue;
					}
					Map<Long, List<Long>> proposed = copy(graph);
					proposed.get(parent).add(component);
					Optional<List<Long>> cycle = new BomCycleCheck(proposed).cycleThrough(parent, component);
					boolean backEdge = reaches[(int) component][(int) parent];
					assertThat(cycle.isPresent()).as("seed %d: %d takes %d", seed, parent, component).isEqualTo(backEdge);
					if (cycle.isPresent()) {
						assertIsCycle(cycle.get(), parent, component, proposed);
					}
				}
			}
		}
	}

	private static void assertIsCycle(List<Long> path, long parent, long component, Map<Long, List<Long>> graph) {
		assertThat(path.get(0)).isEqualTo(parent);
		assertThat(path.get(1)).isEqualTo(component);
		assertThat(path.get(path.size() - 1)).isEqualTo(parent);
		for (int i = 0; i + 1 < path.size(); i++) {
			assertThat(graph.get(path.get(i))).as("edge %d → %d of %s", path.get(i), path.get(i + 1), path)
				.contains(path.get(i + 1));
		}
	}

	/** Which item contains which, at any depth: Warshall's transitive closure, independent of the check. */
	private static boolean[][] closure(Map<Long, List<Long>> graph, int size) {
		boolean[][] reaches = new boolean[size + 1][size + 1];
		graph.forEach((parent, components) -> components.forEach(c -> reaches[(int) (long) parent][(int) (long) c] = true));
		for (int k = 1; k <= size; k++) {
			for (int i = 1; i <= size; i++) {
				for (int j = 1; j <= size; j++) {
					reaches[i][j] |= reaches[i][k] && reaches[k][j];
				}
			}
		}
		return reaches;
	}

	private static Map<Long, List<Long>> copy(Map<Long, List<Long>> graph) {
		Map<Long, List<Long>> copy = new HashMap<>();
		graph.forEach((parent, components) -> copy.put(parent, new ArrayList<>(components)));
		return copy;
	}
}
