package io.atelier.scheduling.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.objective.Objectives;
import io.atelier.scheduling.search.Objective;
import io.atelier.scheduling.solve.EngineSolver;

/**
 * Solves benchmark instances one by one and prints a CSV row for each, then the mean gap to the best known. With a
 * reference solver, the same row goes on with that solver's objective, gap, seconds and checker verdict, so the engine's
 * columns stay where they are whether or not it compares.
 */
final class BenchmarkRun {

	private final BenchOptions options;

	private final PrintStream out;

	private final Optional<ReferenceSolver> reference;

	private final Totals engine = new Totals();

	private final Totals compared = new Totals();

	private int instances;

	/** What the summary row needs of one solver. */
	private static final class Totals {

		private final List<Double> gaps = new ArrayList<>();

		private int feasible;

		private double seconds;

		String meanGap() {
			return gaps.isEmpty() ? "" : format(gaps.stream().mapToDouble(Double::doubleValue).average().orElse(0));
		}
	}

	BenchmarkRun(BenchOptions options, PrintStream out) {
		this(options, out, Optional.empty());
	}

	BenchmarkRun(BenchOptions options, PrintStream out, Optional<ReferenceSolver> reference) {
		this.options = options;
		this.out = out;
		this.reference = reference;
	}

	void run() throws IOException {
		String header = "instance,operations,objective,best_known,gap_percent,seconds,feasible";
		if (reference.isPresent()) {
			String p = reference.get().name().replace("-", "") + "_";
			header += "," + p + "objective," + p + "gap_percent," + p + "seconds," + p + "feasible";
		}
		out.println(header);
		for (Path file : instanceFiles()) {
			solve(file);
		}
		String summary = "summary," + instances + ",,," + engine.meanGap() + "," + format(engine.seconds) + ","
				+ (engine.feasible == instances);
		if (reference.isPresent()) {
			summary += ",," + compared.meanGap() + "," + format(compared.seconds) + "," + (compared.feasible == instances);
		}
		out.println(summary);
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
		String row = String.join(",", name(file), String.valueOf(problem.operations().size()), String.valueOf(objective),
				best.isPresent() ? String.valueOf(best.getAsLong()) : "", gap(objective, best, engine), format(elapsed),
				String.valueOf(ok));
		engine.feasible += ok ? 1 : 0;
		engine.seconds += elapsed;
		if (reference.isPresent()) {
			row += "," + compare(reference.get(), problem, best);
		}
		out.println(row);
		instances++;
		if (options.solutions().isPresent()) {
			SolutionWriter.write(options.solutions().get().resolve(name(file) + ".csv"), problem, result.schedule(),
					options.format());
		}
	}

	/** The reference solver's columns; a solver that found nothing in time leaves the objective and gap empty. */
	private String compare(ReferenceSolver solver, Problem problem, OptionalLong best) {
		long started = System.nanoTime();
		Optional<Schedule> schedule = solver.solve(problem, objective(), options.timeLimit(), options.threads(),
				options.seed());
		double elapsed = (System.nanoTime() - started) / 1e9;
		compared.seconds += elapsed;
		if (schedule.isEmpty()) {
			return ",," + format(elapsed) + ",false";
		}
		boolean ok = new ScheduleChecker().isFeasible(problem, schedule.get());
		compared.feasible += ok ? 1 : 0;
		long objective = options.format().objective(new Objectives().evaluate(problem, schedule.get()));
		return String.join(",", String.valueOf(objective), gap(objective, best, compared), format(elapsed),
				String.valueOf(ok));
	}

	private static String gap(long objective, OptionalLong best, Totals totals) {
		if (best.isEmpty() || best.getAsLong() <= 0) {
			return "";
		}
		double percent = 100.0 * (objective - best.getAsLong()) / best.getAsLong();
		totals.gaps.add(percent);
		return format(percent);
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
