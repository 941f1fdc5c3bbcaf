package io.atelier.bench;

import java.io.IOException;
import java.util.List;

import io.atelier.scheduling.bench.AtelierBench;

/**
 * The main class of {@code bin/atelier-bench}: the engine module's command, with CP-SAT and Timefold available to
 * {@code --compare cp-sat}, {@code --compare timefold} (set up for job shops) and {@code --compare timefold-plain} (out
 * of the box). Without {@code --compare} it prints exactly what the engine module's command prints.
 */
public final class AtelierBenchCommand {

	private AtelierBenchCommand() {
	}

	public static void main(String... args) throws IOException {
		AtelierBench.run(List.of(new CpSatJobShop(), new TimefoldCriticalPath(), new TimefoldJobShop()), System.out, args);
	}
}
