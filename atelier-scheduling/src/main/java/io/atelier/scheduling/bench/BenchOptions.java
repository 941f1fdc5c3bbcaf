package io.atelier.scheduling.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The options of {@code atelier-bench}. */
record BenchOptions(BenchmarkFormat format, Duration timeLimit, int threads, long seed, Optional<Path> solutions,
		List<Path> inputs, int generate, Optional<String> compare, int repair, Duration downtime) {

	static final String USAGE = """
			usage: atelier-bench --format jsp|fjsp|jsp-due --time-limit 10s --threads 2 [--seed N] [--solutions DIR] [--compare cp-sat|timefold] FILE_OR_DIR...
			       atelier-bench --generate OPERATIONS [--seed N] [--time-limit 10s] [--threads 2]
			       atelier-bench --repair OPERATIONS [--seed N] [--downtime 8h]""";

	static BenchOptions parse(String... args) {
		BenchmarkFormat format = null;
		Duration limit = Duration.ofSeconds(10);
		int threads = 2;
		long seed = 1;
		Optional<Path> solutions = Optional.empty();
		List<Path> inputs = new ArrayList<>();
		int generate = 0;
		Optional<String> compare = Optional.empty();
		int repair = 0;
		Duration downtime = Duration.ofHours(8);
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--format" -> format = BenchmarkFormat.ofOption(value(args, ++i));
				case "--time-limit" -> limit = duration(value(args, ++i));
				case "--threads" -> threads = Integer.parseInt(value(args, ++i));
				case "--seed" -> seed = Long.parseLong(value(args, ++i));
				case "--solutions" -> solutions = Optional.of(Path.of(value(args, ++i)));
				case "--generate" -> generate = Integer.parseInt(value(args, ++i));
				case "--compare" -> compare = Optional.of(value(args, ++i));
				case "--repair" -> repair = Integer.parseInt(value(args, ++i));
				case "--downtime" -> downtime = duration(value(args, ++i));
				default -> inputs.add(Path.of(args[i]));
			}
		}
		if (generate == 0 && repair == 0 && (format == null || inputs.isEmpty())) {
			throw new IllegalArgumentException("a format and at least one file or folder are needed\n" + USAGE);
		}
		return new BenchOptions(format, limit, Math.max(1, threads), seed, solutions, inputs, generate, compare, repair,
				downtime);
	}

	/** {@code 10s}, {@code 500ms}, {@code 2m}, {@code 8h} or plain seconds. */
	static Duration duration(String text) {
		if (text.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
		}
		if (text.endsWith("h")) {
			return Duration.ofHours(Long.parseLong(text.substring(0, text.length() - 1)));
		}
		if (text.endsWith("m")) {
			return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
		}
		return Duration.ofMillis(Math.round(1000 * Double.parseDouble(text.replace("s", ""))));
	}

	private static String value(String[] args, int i) {
		if (i >= args.length) {
			throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
		}
		return args[i];
	}
}
