package io.atelier.scheduling.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A/B measurement with an iteration budget, which unlike a time limit does not depend on the load of the machine:
 * {@code IterationBenchmark ITERATIONS SEEDS FILE...} runs one search thread per seed 1..SEEDS on each file and prints
 * the mean gap to the upper bound of the {@code bounds.csv} beside it (or one directory up: jsplib), and the
 * iterations per CPU second. Files under a {@code jsplib} directory are read as job shops, others as flexible ones.
 */
public final class IterationBenchmark {

	private IterationBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		long iterations = Long.parseLong(args[0]);
		int seeds = Integer.parseInt(args[1]);
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		double gapSum = 0;
		long totalIterations = 0, totalNanos = 0;
		int runs = 0;
		for (int a = 2; a < args.length; a++) {
			Path file = Path.of(args[a]).toAbsolutePath().normalize();
			boolean jssp = file.toString().contains("jsplib");
			String text = Files.readString(file);
			ShopProblem problem = jssp ? BenchmarkReaders.jssp(text) : BenchmarkReaders.fjsp(text);
			long bound = bound(file);
			StringBuilder row = new StringBuilder(file.getParent().getFileName() + "/" + file.getFileName());
			double instanceGap = 0;
			for (int seed = 1; seed <= seeds; seed++) {
				long before = cpu.getCurrentThreadCpuTime();
				SearchResult result = ShopSolver.solve(problem, SearchSettings.iterations(seed, 1, iterations));
				totalNanos += cpu.getCurrentThreadCpuTime() - before;
				totalIterations += result.iterations();
				if (!ShopSolutionValidator.violations(problem, result.solution(), result.schedule()).isEmpty()) {
					throw new IllegalStateException("infeasible result on " + file);
				}
				double gap = 100.0 * (result.score().primary() - bound) / bound;
				instanceGap += gap;
				row.append(String.format(",%d", result.score().primary()));
			}
			instanceGap /= seeds;
			gapSum += instanceGap;
			runs++;
			System.out.printf("%s,bound %d,gap %.2f%n", row, bound, instanceGap);
		}
		System.out.printf("mean gap %.2f %% over %d instances, %.0f iterations per CPU second%n", gapSum / runs, runs,
				totalIterations / (totalNanos / 1e9));
	}

	private static long bound(Path file) throws IOException {
		for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
			Path csv = dir.resolve("bounds.csv");
			if (Files.exists(csv)) {
				List<String> lines = Files.readAllLines(csv);
				for (String line : lines.subList(1, lines.size())) {
					String[] cells = line.split(",");
					if (dir.resolve(cells[1]).normalize().equals(file)) {
						return Long.parseLong(cells[6]);
					}
				}
			}
		}
		throw new IllegalArgumentException("no bound for " + file);
	}
}
