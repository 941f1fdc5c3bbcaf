package io.atelier.scheduling.search;

import java.util.SplittableRandom;

/** Seeded random small shops exercising every feature: flexible machines, extra DAG arcs, lags, releases, setups. */
final class RandomShops {

	private RandomShops() {
	}

	static ShopProblem generate(long seed, Objective objective) {
		SplittableRandom random = new SplittableRandom(seed);
		int machines = 2 + random.nextInt(3);
		ShopProblem.Builder b = ShopProblem.builder(machines).objective(objective);
		for (int m = 0; m < machines; m++) {
			if (random.nextBoolean()) {
				b.setupMatrix(m, new int[][] { { 0, 1 + random.nextInt(5) }, { 1 + random.nextInt(5), 0 } });
			}
		}
		int jobs = 2 + random.nextInt(4);
		int previousJobLast = -1;
		for (int j = 0; j < jobs; j++) {
			int job = b.job(random.nextInt(40), 1 + random.nextInt(3));
			int last = -1;
			for (int o = 1 + random.nextInt(4); o > 0; o--) {
				last = addOperation(b, random, job, machines, last);
			}
			if (previousJobLast >= 0 && random.nextInt(3) == 0) {
				b.precedence(previousJobLast, last, random.nextInt(3));
			}
			previousJobLast = last;
		}
		return b.build();
	}

	private static int addOperation(ShopProblem.Builder b, SplittableRandom random, int job, int machines, int last) {
		int eligible = 1 + random.nextInt(machines);
		int first = random.nextInt(machines);
		int[] ms = new int[eligible], ds = new int[eligible];
		for (int k = 0; k < eligible; k++) {
			ms[k] = (first + k) % machines;
			ds[k] = random.nextInt(8);
		}
		int op = b.operation(job, ms, ds);
		if (last >= 0) {
			b.precedence(last, op, random.nextInt(3));
		}
		b.release(op, random.nextInt(5));
		b.family(op, random.nextInt(2));
		return op;
	}
}
