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
 * starting with "mk" is read from {@code fjsp-brandimarte/NAME.txt}, a name with a slash (e.g. Lawrence/gla01) from
 * {@code jsp-tardiness/NAME.txt} (total tardiness), any other from {@code jsplib/instances/NAME}. Prints one CSV row
 * per instance with the objective and its gap to the best known upper bound (empty when that bound is 0), after
 * checking the result with the validator; then the mean gap.
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
		bounds.putAll(upperBounds(root.resolve("jsp-tardiness/bounds.csv"), 7));
		System.out.println("instance,operations,initial,objective,best_known,gap_percent,iterations,feasible");
		double gapSum = 0;
		int gaps = 0;
		for (int i = 3; i < args.length; i++) {
			double gap = run(args[i], root, bounds.get(args[i]), SearchSettings.timed(1, threads, limit));
			if (!Double.isNaN(gap)) {
				gapSum += gap;
				gaps++;
			}
		}
		System.out.printf("mean,,,,,%.2f,,%n", gapSum / gaps);
	}

	private static double run(String name, Path root, long bound, SearchSettings settings) throws IOException {
		ShopProblem problem = read(name, root);
		long initial = DispatchRule.initialSolution(problem).decode(problem).score(problem).primary();
		SearchResult result = ShopSolver.solve(problem, settings);
		boolean feasible = ShopSolutionValidator.violations(problem, result.solution(), result.schedule()).isEmpty();
		long objective = result.score().primary();
		double gap = bound > 0 ? 100.0 * (objective - bound) / bound : Double.NaN;
		System.out.printf("%s,%d,%d,%d,%d,%s,%d,%s%n", name, problem.operationCount(), initial, objective, bound,
				Double.isNaN(gap) ? "" : String.format("%.2f", gap), result.iterations(), feasible);
		return gap;
	}

	private static ShopProblem read(String name, Path root) throws IOException {
		if (name.startsWith("mk")) {
			return BenchmarkReaders.fjsp(Files.readString(root.resolve("fjsp-brandimarte/" + name + ".txt")));
		}
		if (name.contains("/")) {
			return BenchmarkReaders.jspDue(Files.readString(root.resolve("jsp-tardiness/" + name + ".txt")));
		}
		return BenchmarkReaders.jssp(Files.readString(root.resolve("jsplib/instances/" + name)));
	}

	private static Map<String, Long> upperBounds(Path csv) throws IOException {
		return upperBounds(csv, 6);
	}

	private static Map<String, Long> upperBounds(Path csv, int column) throws IOException {
		Map<String, Long> bounds = new HashMap<>();
		List<String> lines = Files.readAllLines(csv);
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			bounds.put(cells[0], Long.parseLong(cells[column]));
		}
		return bounds;
	}
}
