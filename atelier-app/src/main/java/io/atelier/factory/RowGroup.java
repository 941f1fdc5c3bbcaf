package io.atelier.factory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.atelier.shared.domain.FieldError;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;

/**
 * The rows of an import file that describe one record with lines (a calendar and its shifts, a machine and its
 * downtimes): rows with the same code, in file order. The record's own columns may be filled on every row (as exports
 * do) or on one row only, but rows must not contradict each other.
 */
final class RowGroup {

	private final List<Row> rows;

	private RowGroup(List<Row> rows) {
		this.rows = rows;
	}

	/** Groups rows by the code in {@code column} (without regard to case); a row without a code is a group of its own. */
	static List<RowGroup> byCode(List<Row> rows, String column) {
		Map<Object, List<Row>> groups = new LinkedHashMap<>();
		for (Row row : rows) {
			String code = row.get(column);
			Object key = code == null ? new Object() : code.toUpperCase(Locale.ROOT);
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
		}
		return groups.values().stream().map(RowGroup::new).toList();
	}

	Row first() {
		return rows.getFirst();
	}

	List<Row> rows() {
		return rows;
	}

	/**
	 * The record's own columns as one row numbered like the first: each the first value given in the group. Rows that
	 * give a different value are rejected.
	 */
	Row record(List<String> columns, List<RowError> errors) {
		Map<String, String> values = new LinkedHashMap<>(first().values());
		for (String column : columns) {
			Row source = rows.stream().filter(row -> row.get(column) != null).findFirst().orElse(first());
			values.put(column, source.get(column));
			for (Row row : rows) {
				String value = row.get(column);
				if (value != null && !Objects.equals(value, source.get(column))) {
					errors.add(new RowError(row.number(), FieldError.of(column, "factory.import.contradicts-other-row",
							value, source.number())));
				}
			}
		}
		return new Row(first().number(), values);
	}
}
