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
 * downtimes): rows with the same code, in file order. The record's own columns are read from its first row; later rows
 * may repeat them (as exports do) or leave them empty, but must not contradict them.
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

	/** Rejects later rows whose value in one of the record's own columns differs from the first row's. */
	void rejectContradictions(List<String> columns, List<RowError> errors) {
		for (String column : columns) {
			String first = first().get(column);
			for (Row row : rows.subList(1, rows.size())) {
				String value = row.get(column);
				if (value != null && !Objects.equals(value, first)) {
					errors.add(new RowError(row.number(),
							FieldError.of(column, "factory.import.contradicts-first-row", value, first().number())));
				}
			}
		}
	}
}
