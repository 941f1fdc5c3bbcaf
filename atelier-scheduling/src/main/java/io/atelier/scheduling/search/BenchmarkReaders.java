package io.atelier.scheduling.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Minimal readers for the benchmark formats described in shared/benchmarks/README.md (classic JSSP, Brandimarte FJSP),
 * enough to measure the search; the full readers belong to the model package.
 */
public final class BenchmarkReaders {

	private BenchmarkReaders() {
	}

	/** {@code n_jobs n_machines}, then per job line pairs of (0-based machine, duration); '#' lines are comments. */
	public static ShopProblem jssp(String text) {
		List<String> lines = dataLines(text);
		int[] header = ints(lines.get(0));
		ShopProblem.Builder b = ShopProblem.builder(header[1]);
		for (int j = 0; j < header[0]; j++) {
			int[] t = ints(lines.get(1 + j));
			int job = b.job(0, 1);
			for (int k = 0; k + 1 < t.length; k += 2) {
				b.chained(job, new int[] { t[k] }, new int[] { t[k + 1] });
			}
		}
		return b.build();
	}

	/** {@code n_jobs n_machines [avg]}, then per job: n_ops, and per operation k (1-based machine, duration)×k. */
	public static ShopProblem fjsp(String text) {
		List<String> lines = dataLines(text);
		int[] header = ints(lines.get(0));
		ShopProblem.Builder b = ShopProblem.builder(header[1]);
		for (int j = 0; j < header[0]; j++) {
			int[] t = ints(lines.get(1 + j));
			int job = b.job(0, 1);
			int at = 1;
			for (int o = 0; o < t[0]; o++) {
				int k = t[at++];
				int[] machines = new int[k], durations = new int[k];
				for (int e = 0; e < k; e++) {
					machines[e] = t[at++] - 1;
					durations[e] = t[at++];
				}
				b.chained(job, machines, durations);
			}
		}
		return b.build();
	}

	public static ShopProblem read(Path file, boolean flexible) throws IOException {
		String text = Files.readString(file);
		return flexible ? fjsp(text) : jssp(text);
	}

	private static List<String> dataLines(String text) {
		return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
	}

	private static int[] ints(String line) {
		String[] parts = line.split("\\s+");
		int[] values = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			values[i] = (int) Double.parseDouble(parts[i]);
		}
		return values;
	}
}
