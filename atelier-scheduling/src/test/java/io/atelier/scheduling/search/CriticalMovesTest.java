package io.atelier.scheduling.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class CriticalMovesTest {

	private static DisjunctiveGraph graph(ShopProblem problem, ShopSolution solution) {
		DisjunctiveGraph g = new DisjunctiveGraph(problem);
		g.load(solution);
		assertThat(g.computeHeads()).isTrue();
		g.computeTails();
		return g;
	}

	/** The reassignments collected, as {machine, estimate} per move of op. */
	private static List<long[]> reassignmentsOf(CriticalMoves moves, int op) {
		List<long[]> found = new ArrayList<>();
		for (int i = 0; i < moves.count; i++) {
			if (moves.op[i] == op && moves.tabuY[i] < 0) {
				found.add(new long[] { moves.machine[i], moves.estimate[i] });
			}
		}
		return found;
	}

	/** Job 0: x (machine 0: 4), v (machine 1: 3, machine 0: {@code onMachine0}), y (machine 0: 4). */
	private static ShopProblem xvy(int onMachine0) {
		ShopProblem.Builder b = ShopProblem.builder(2);
		int job = b.job(0, 1);
		b.chained(job, new int[] { 0 }, new int[] { 4 });
		b.chained(job, new int[] { 1, 0 }, new int[] { 3, onMachine0 });
		b.chained(job, new int[] { 0 }, new int[] { 4 });
		return b.build();
	}

	/**
	 * With v on machine 1 the critical path x, v, y runs through job arcs only, so v is alone in its block: on
	 * machine 0 that path keeps x + p + y, which only a shorter duration can make shorter than 11.
	 */
	@Test
	void anOperationAloneInItsBlockIsOfferedOnlyMachinesWhereItIsFaster() {
		ShopSolution onMachine1 = new ShopSolution(new int[] { 0, 1, 0 }, new int[][] { { 0, 2 }, { 1 } });

		CriticalMoves equal = new CriticalMoves(graph(xvy(3), onMachine1));
		equal.collect();
		DisjunctiveGraph fasterGraph = graph(xvy(2), onMachine1);
		CriticalMoves faster = new CriticalMoves(fasterGraph);
		faster.collect();
		fasterGraph.remove(1);
		fasterGraph.insert(1, 0, 0);
		fasterGraph.computeHeads();

		assertThat(reassignmentsOf(equal, 1)).isEmpty();
		assertThat(reassignmentsOf(faster, 1)).singleElement().satisfies(move -> {
			assertThat(move[0]).isEqualTo(0);
			assertThat(move[1]).as("estimate").isEqualTo(10).isEqualTo(fasterGraph.makespan());
		});
	}

	/** In a block, v (machine 0: 2, machine 1: 2) may leave for machine 1 although it is not faster there. */
	@Test
	void anOperationInABlockIsOfferedEveryOtherEligibleMachine() {
		ShopProblem.Builder b = ShopProblem.builder(2);
		b.chained(b.job(0, 1), new int[] { 0 }, new int[] { 3 });
		int v = b.chained(b.job(0, 1), new int[] { 0, 1 }, new int[] { 2, 2 });
		ShopProblem problem = b.build();
		DisjunctiveGraph g = graph(problem, new ShopSolution(new int[] { 0, 0 }, new int[][] { { 0, 1 }, {} }));
		CriticalMoves moves = new CriticalMoves(g);

		moves.collect();

		assertThat(reassignmentsOf(moves, v)).singleElement().satisfies(move -> {
			assertThat(move[0]).isEqualTo(1);
			assertThat(move[1]).as("estimate").isEqualTo(2);
		});
	}

	/**
	 * On random flexible shops with positive durations, releases, lags and setups, along a random walk of critical
	 * moves: no reassignment offered makes a cycle.
	 */
	@Test
	void everyReassignmentOfferedIsCycleSafe() {
		int checked = 0;
		for (long seed = 0; seed < 200; seed++) {
			ShopProblem problem = randomShop(seed);
			DisjunctiveGraph g = graph(problem, DispatchRule.initialSolution(problem));
			DisjunctiveGraph trial = new DisjunctiveGraph(problem);
			CriticalMoves moves = new CriticalMoves(g);
			SplittableRandom random = new SplittableRandom(seed);
			for (int step = 0; step < 20; step++) {
				moves.collect();
				for (int i = 0; i < moves.count; i++) {
					if (moves.tabuY[i] < 0) {
						trial.copyFrom(g);
						trial.remove(moves.op[i]);
						trial.insert(moves.op[i], moves.machine[i], moves.previous[i]);
						assertThat(trial.computeHeads()).as("seed %d step %d move %d", seed, step, i).isTrue();
						checked++;
					}
				}
				if (moves.count == 0) {
					break;
				}
				int i = random.nextInt(moves.count);
				trial.copyFrom(g);
				trial.remove(moves.op[i]);
				trial.insert(moves.op[i], moves.machine[i], moves.previous[i]);
				if (trial.computeHeads()) {
					g.copyFrom(trial);
					g.computeHeads();
					g.computeTails();
				}
			}
		}
		assertThat(checked).isGreaterThan(1000);
	}

	private static ShopProblem randomShop(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int machines = 2 + random.nextInt(3);
		ShopProblem.Builder b = ShopProblem.builder(machines);
		for (int m = 0; m < machines; m++) {
			if (random.nextBoolean()) {
				b.setupMatrix(m, new int[][] { { 0, 1 + random.nextInt(3) }, { 1 + random.nextInt(3), 0 } });
			}
		}
		for (int j = 2 + random.nextInt(4); j > 0; j--) {
			int job = b.job(0, 1);
			int last = -1;
			for (int o = 1 + random.nextInt(4); o > 0; o--) {
				int eligible = 1 + random.nextInt(machines), first = random.nextInt(machines);
				int[] ms = new int[eligible], ds = new int[eligible];
				int common = 1 + random.nextInt(6);
				for (int k = 0; k < eligible; k++) {
					ms[k] = (first + k) % machines;
					ds[k] = random.nextBoolean() ? common : 1 + random.nextInt(6);
				}
				int op = b.operation(job, ms, ds);
				if (last >= 0) {
					b.precedence(last, op, random.nextInt(3));
				}
				b.release(op, random.nextInt(4));
				b.family(op, random.nextInt(2));
				last = op;
			}
		}
		return b.build();
	}
}
