package io.atelier.scheduling.bench;

import java.io.IOException;

/** The {@code bin/atelier-bench} command: benchmark files, or a generated factory with {@code --generate}. */
public final class AtelierBench {

	private AtelierBench() {
	}

	public static void main(String... args) throws IOException {
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
			new GeneratedRun(options, System.out).run();
		}
		else {
			new BenchmarkRun(options, System.out).run();
		}
	}
}
