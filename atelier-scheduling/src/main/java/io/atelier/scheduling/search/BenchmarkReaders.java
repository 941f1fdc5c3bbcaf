package io.atelier.scheduling.search;

import java.util.List;

/**
 * Minimal readers for the benchmark formats described in shared/benchmarks/README.md (classic JSSP, Brandimarte FJSP,
 * job shop with due dates), enough to measure the search; the full readers belong to the model package.
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

	/**
	 * {@code n_jobs n_machines [avg]}, then per job: n_ops, and per operation k (machine, duration)×k. Machines are
	 * 1-based as in Brandimarte's files, or 0-based when the file names machine 0 anywhere (as the Dauzère-Pérès–Paulli
	 * files of some collections do).
	 */
	public static ShopProblem fjsp(String text) {
		List<String> lines = dataLines(text);
		int[] header = ints(lines.get(0));
		List<int[]> jobs = lines.subList(1, 1 + header[0]).stream().map(BenchmarkReaders::ints).toList();
		int first = 1;
		for (int[] t : jobs) {
			for (int o = 0, at = 1; o < t[0]; o++, at += 1 + 2 * t[at]) {
				for (int e = 0; e < t[at]; e++) {
					first = t[at + 1 + 2 * e] == 0 ? 0 : first;
				}
			}
		}
		ShopProblem.Builder b = ShopProblem.builder(header[1]);
		for (int[] t : jobs) {
			int job = b.job(0, 1);
			int at = 1;
			for (int o = 0; o < t[0]; o++) {
				int k = t[at++];
				int[] machines = new int[k], durations = new int[k];
				for (int e = 0; e < k; e++) {
					machines[e] = t[at++] - first;
					durations[e] = t[at++];
				}
				b.chained(job, machines, durations);
			}
		}
		return b.build();
	}

	/**
	 * Job shop with due dates, minimising total tardiness: {@code n_machines n_jobs}, a processing-time line per job
	 * (column k = machine k), a route line per job (1-based machines, only the first n_machines tokens count), a due
	 * date line per job; the label lines ("Processing times:", …) are skipped.
	 */
	public static ShopProblem jspDue(String text) {
		List<String> lines = dataLines(text).stream().filter(l -> !Character.isLetter(l.charAt(0))).toList();
		int[] header = ints(lines.get(0));
		int machines = header[0], jobs = header[1];
		ShopProblem.Builder b = ShopProblem.builder(machines).objective(Objective.TOTAL_WEIGHTED_TARDINESS);
		for (int j = 0; j < jobs; j++) {
			int[] times = ints(lines.get(1 + j));
			int[] route = ints(lines.get(1 + jobs + j));
			int job = b.job(ints(lines.get(1 + 2 * jobs + j))[0], 1);
			for (int k = 0; k < machines; k++) {
				int machine = route[k] - 1;
				b.chained(job, new int[] { machine }, new int[] { times[machine] });
			}
		}
		return b.build();
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
