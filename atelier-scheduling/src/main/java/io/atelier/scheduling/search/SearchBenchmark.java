package io.atelier.scheduling.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the search on public instances: {@code SearchBenchmark SECONDS THREADS BENCHMARK_DIR NAME...}, where a name
 * starting with "mk" is read from {@code fjsp-brandimarte/NAME.txt} and any other from {@code jsplib/instances/NAME}.
 * Prints one CSV row per instance with the gap to the best known upper bound, after checking the result with the
 * validator; then the mean gap.
 */
public final class SearchBenchmark {

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Duration limit = Duration.ofMillis((long) (Double.parseDouble(args[0]) * 1000));
		int threads = Integer.parseInt(args[1]);
		Path root = Path.of(args[2]);
		Map<String, Long> bounds = new HashMap<>(upperBounds(root.resolve("jsplib/bounds.csv")));
		bounds.putAll(upperBounds(root.resolve("fjsp-brandimarte/bounds.csv")));
		System.out.println("instance,operations,initial,makespan,best_known,gap_percent,iterations,feasible");
		double gapSum = 0;
		for (int i = 3; i < args.length; i++) {
			gapSum += run(args[i], root, bounds.get(args[i]), SearchSettings.timed(1, threads, limit));
		}
		System.out.printf("mean,,,,,%.2f,,%n", gapSum / (args.length - 3));
	}

	private static double run(String name, Path root, long bound, SearchSettings settings) throws IOException {
		boolean flexible = name.startsWith("mk");
		Path file = flexible ? root.resolve("fjsp-brandimarte/" + name + ".txt") : root.resolve("jsplib/instances/" + name);
		ShopProblem problem = BenchmarkReaders.read(file, flexible);
		long initial = DispatchRule.initialSolution(problem).decode(problem).makespan();
		SearchResult result = ShopSolver.solve(problem, settings);
		boolean feasible = ShopSolutionValidator.violations(problem, result.solution(), result.schedule()).isEmpty();
		double gap = 100.0 * (result.score().makespan() - bound) / bound;
		System.out.printf("%s,%d,%d,%d,%d,%.2f,%d,%s%n", name, problem.operationCount(), initial,
				result.score().makespan(), bound, gap, result.iterations(), feasible);
		return gap;
	}

	private static Map<String, Long> upperBounds(Path csv) throws IOException {
		Map<String, Long> bounds = new HashMap<>();
		List<String> lines = Files.readAllLines(csv);
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			bounds.put(cells[0], Long.parseLong(cells[6]));
		}
		return bounds;
	}
}
