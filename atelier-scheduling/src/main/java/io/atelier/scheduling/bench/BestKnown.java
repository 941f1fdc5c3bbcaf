package io.atelier.scheduling.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The best known objective of an instance, from the {@code bounds.csv} of the nearest folder above it: the
 * {@code upper_bound} column, which is the best known makespan, or the objective bound of the due-date sets.
 */
public final class BestKnown {

	private BestKnown() {
	}

	public static OptionalLong of(Path instance) throws IOException {
		Path absolute = instance.toAbsolutePath().normalize();
		for (Path folder = absolute.getParent(); folder != null; folder = folder.getParent()) {
			Path bounds = folder.resolve("bounds.csv");
			if (Files.exists(bounds)) {
				return lookUp(bounds, folder.relativize(absolute).toString().replace('\\', '/'));
			}
		}
		return OptionalLong.empty();
	}

	private static OptionalLong lookUp(Path bounds, String file) throws IOException {
		List<String> lines = Files.readAllLines(bounds);
		List<String> header = fields(lines.get(0));
		int fileColumn = header.indexOf("file");
		int boundColumn = header.indexOf("upper_bound");
		for (String line : lines.subList(1, lines.size())) {
			List<String> row = fields(line);
			if (row.size() > boundColumn && row.get(fileColumn).equals(file) && !row.get(boundColumn).isBlank()) {
				return OptionalLong.of(Math.round(Double.parseDouble(row.get(boundColumn))));
			}
		}
		return OptionalLong.empty();
	}

	/** The fields of a CSV line; quoted fields may hold commas. */
	static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}
}
