package io.atelier.shared.tabular;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.atelier.shared.domain.FieldError;

/**
 * The rows of a file grouped by the code of the record they belong to (an item's BOM lines, an order's lines), in the
 * order the records first appear; codes are compared without regard to case. A row without the code is reported and left
 * out.
 */
public final class RowGroups {

	private RowGroups() {
	}

	public static List<List<Row>> byCode(List<Row> rows, String column, List<RowError> errors) {
		Map<String, List<Row>> groups = new LinkedHashMap<>();
		for (Row row : rows) {
			String code = row.get(column);
			if (code == null) {
				errors.add(new RowError(row.number(), FieldError.of(column, "validation.required")));
				continue;
			}
			groups.computeIfAbsent(code.toUpperCase(Locale.ROOT), c -> new ArrayList<>()).add(row);
		}
		return List.copyOf(groups.values());
	}

	/**
	 * The group's own columns as one row numbered like its first: each column's first value in the group, so that a
	 * value may be repeated on every row (as exports do) or given once. A row that gives a different value is reported.
	 */
	public static Row record(List<Row> group, List<String> columns, List<RowError> errors) {
		Row first = group.get(0);
		Map<String, String> values = new LinkedHashMap<>(first.values());
		for (String column : columns) {
			Row source = group.stream().filter(row -> row.get(column) != null).findFirst().orElse(first);
			String value = source.get(column);
			values.put(column, value);
			for (Row row : group) {
				String other = row.get(column);
				if (other != null && !other.equals(value)) {
					errors.add(new RowError(row.number(),
							FieldError.of(column, "import.contradicts-other-row", other, source.number())));
				}
			}
		}
		return new Row(first.number(), values);
	}
}
