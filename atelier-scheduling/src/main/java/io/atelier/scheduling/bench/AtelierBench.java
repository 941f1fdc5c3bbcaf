package io.atelier.scheduling.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** The {@code bin/atelier-bench} command: benchmark files, a generated factory with {@code --generate}, or the repair
 * of a generated factory's schedule after a breakdown with {@code --repair}. */
public final class AtelierBench {

	private AtelierBench() {
	}

	public static void main(String... args) throws IOException {
		run(List.of(), System.out, args);
	}

	/**
	 * The command with the reference solvers that {@code --compare} may name: the atelier-bench module passes CP-SAT and Timefold,
	 * which this module cannot depend on.
	 */
	public static void run(List<ReferenceSolver> references, PrintStream out, String... args) throws IOException {
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.exit(2);
			return;
		}
		if (options.generate() > 0) {
			new GeneratedRun(options, out).run();
		}
		else if (options.repair() > 0) {
			new RepairRun(options.repair(), options.seed(), options.downtime(), out).run();
		}
		else {
			Optional<ReferenceSolver> reference = Optional.empty();
			if (options.compare().isPresent()) {
				String name = options.compare().get();
				reference = references.stream().filter(r -> r.name().equals(name)).findFirst();
				if (reference.isEmpty()) {
					System.err.println("--compare " + name + " is not available here; the atelier-bench module "
							+ "(bin/atelier-bench) offers " + references.stream().map(ReferenceSolver::name).toList());
					System.exit(2);
					return;
				}
			}
			new BenchmarkRun(options, out, reference).run();
		}
	}
}
