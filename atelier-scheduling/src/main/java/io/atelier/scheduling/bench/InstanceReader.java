package io.atelier.scheduling.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.Problem;

/** Reads the benchmark formats into the engine's model; machines become 0-based whatever the file says. */
public final class InstanceReader {

	public Problem read(Path file, BenchmarkFormat format) throws IOException {
		return read(text(file), format);
	}

	public Problem read(String text, BenchmarkFormat format) {
		return switch (format) {
			case JSP -> jsp(text);
			case FJSP -> fjsp(text);
			case JSP_DUE -> jspDue(text);
		};
	}

	/** The file's text, or that of the first {@code .txt} inside it when it is a zip archive. */
	static String text(Path file) throws IOException {
		if (!file.getFileName().toString().endsWith(".zip")) {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().endsWith(".txt")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new IOException(file + " holds no .txt instance");
	}

	/** Jobs of any length, a machine possibly visited more than once (re-entrant shops). */
	private Problem jsp(String text) {
		List<int[]> lines = lines(text);
		int jobs = lines.get(0)[0];
		InstanceBuilder builder = new InstanceBuilder(lines.get(0)[1]);
		for (int j = 1; j <= jobs; j++) {
			int[] route = lines.get(j);
			builder.startJob();
			for (int k = 0; k + 1 < route.length; k += 2) {
				builder.operation(route[k], route[k + 1]);
			}
		}
		return builder.build();
	}

	/**
	 * Brandimarte's format numbers machines from 1; some collections (SchedulingLab's fjsp-instances) write the same
	 * format from 0. A file naming machine 0 anywhere is 0-based; one that does not is read as 1-based, which is right
	 * for either when it never names machine 0 nor machine M either, since the names of machines do not matter.
	 */
	private Problem fjsp(String text) {
		List<int[]> lines = lines(text);
		int jobs = lines.get(0)[0];
		List<List<int[]>> routes = new ArrayList<>();
		boolean zeroBased = false;
		for (int j = 1; j <= jobs; j++) {
			int[] tokens = lines.get(j);
			List<int[]> route = new ArrayList<>();
			int at = 1;
			for (int o = 0; o < tokens[0]; o++) {
				int alternatives = tokens[at++];
				int[] pairs = new int[2 * alternatives];
				System.arraycopy(tokens, at, pairs, 0, pairs.length);
				at += pairs.length;
				for (int a = 0; a < pairs.length; a += 2) {
					zeroBased |= pairs[a] == 0;
				}
				route.add(pairs);
			}
			routes.add(route);
		}
		int first = zeroBased ? 0 : 1;
		InstanceBuilder builder = new InstanceBuilder(lines.get(0)[1]);
		for (List<int[]> route : routes) {
			builder.startJob();
			for (int[] pairs : route) {
				List<Eligibility> eligible = new ArrayList<>();
				for (int a = 0; a < pairs.length; a += 2) {
					eligible.add(new Eligibility(new MachineId(pairs[a] - first), pairs[a + 1]));
				}
				builder.operation(eligible);
			}
		}
		return builder.build();
	}

	/** Machines first; exactly M tokens of each route line count, stray ones after them do not. */
	private Problem jspDue(String text) {
		String[] raw = text.split("\\R");
		int[] header = Tokens.of(raw[0]);
		int machines = header[0];
		int jobs = header[1];
		List<int[]> times = section(raw, "processing", jobs);
		List<int[]> routes = section(raw, "routes", jobs);
		List<int[]> dues = section(raw, "due", jobs);
		InstanceBuilder builder = new InstanceBuilder(machines);
		for (int j = 0; j < jobs; j++) {
			builder.startJob(dues.get(j)[0]);
			for (int k = 0; k < machines; k++) {
				int machine = routes.get(j)[k] - 1;
				builder.operation(machine, times.get(j)[machine]);
			}
		}
		return builder.build();
	}

	private static List<int[]> section(String[] raw, String title, int count) {
		int line = 0;
		while (line < raw.length && !raw[line].strip().toLowerCase().startsWith(title)) {
			line++;
		}
		if (line == raw.length) {
			throw new IllegalArgumentException("the instance has no section starting with " + title);
		}
		List<int[]> rows = new ArrayList<>();
		for (line++; rows.size() < count && line < raw.length; line++) {
			int[] tokens = Tokens.of(raw[line]);
			if (tokens.length > 0) {
				rows.add(tokens);
			}
		}
		return rows;
	}

	/** Non-empty lines as integers, without comment lines. */
	private static List<int[]> lines(String text) {
		List<int[]> lines = new ArrayList<>();
		for (String line : text.split("\\R")) {
			if (!line.strip().startsWith("#")) {
				int[] tokens = Tokens.of(line);
				if (tokens.length > 0) {
					lines.add(tokens);
				}
			}
		}
		return lines;
	}
}
