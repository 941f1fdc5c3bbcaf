package io.atelier.scheduling.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.search.Objective;
import io.atelier.scheduling.solve.EngineSolver;

/** Solves benchmark instances one by one and prints a CSV row for each, then the mean gap to the best known. */
final class BenchmarkRun {

	private final BenchOptions options;

	private final PrintStream out;

	private final List<Double> gaps = new ArrayList<>();

	private int instances;

	private int feasible;

	private double seconds;

	BenchmarkRun(BenchOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	void run() throws IOException {
		out.println("instance,operations,objective,best_known,gap_percent,seconds,feasible");
		for (Path file : instanceFiles()) {
			solve(file);
		}
		String meanGap = gaps.isEmpty() ? "" : format(gaps.stream().mapToDouble(Double::doubleValue).average().orElse(0));
		out.println("summary," + instances + ",,," + meanGap + "," + format(seconds) + "," + (feasible == instances));
	}

	private void solve(Path file) throws IOException {
		Problem problem = new InstanceReader().read(file, options.format());
		long started = System.nanoTime();
		var result = new EngineSolver().solve(problem, objective(), options.timeLimit(), options.threads(),
				options.seed());
		double elapsed = (System.nanoTime() - started) / 1e9;
		boolean ok = new ScheduleChecker().isFeasible(problem, result.schedule());
		long objective = options.format().objective(result.values());
		OptionalLong best = BestKnown.of(file);
		String gap = "";
		if (best.isPresent() && best.getAsLong() > 0) {
			double percent = 100.0 * (objective - best.getAsLong()) / best.getAsLong();
			gaps.add(percent);
			gap = format(percent);
		}
		out.println(String.join(",", name(file), String.valueOf(problem.operations().size()), String.valueOf(objective),
				best.isPresent() ? String.valueOf(best.getAsLong()) : "", gap, format(elapsed), String.valueOf(ok)));
		instances++;
		feasible += ok ? 1 : 0;
		seconds += elapsed;
		if (options.solutions().isPresent()) {
			SolutionWriter.write(options.solutions().get().resolve(name(file) + ".csv"), problem, result.schedule(),
					options.format());
		}
	}

	/** jsp-due minimises total tardiness: every job of those files weighs 1, so weighted tardiness is the same. */
	private Objective objective() {
		return options.format() == BenchmarkFormat.JSP_DUE ? Objective.TOTAL_WEIGHTED_TARDINESS : Objective.MAKESPAN;
	}

	private List<Path> instanceFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path input : options.inputs()) {
			if (Files.isDirectory(input)) {
				try (Stream<Path> walk = Files.walk(input)) {
					walk.filter(Files::isRegularFile).filter(BenchmarkRun::isInstance).sorted().forEach(files::add);
				}
			}
			else {
				files.add(input);
			}
		}
		return files;
	}

	private static boolean isInstance(Path file) {
		String name = file.getFileName().toString();
		return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".zip") || !name.contains("."));
	}

	static String name(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}
}
