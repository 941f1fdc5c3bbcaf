package io.atelier.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.atelier.shared.domain.FieldError;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;

/**
 * The rows of a file grouped by the code of the record they belong to (an item's BOM lines, a machine's matrix
 * entries), in the order the records first appear; codes are compared without regard to case. A row without the code
 * is reported and left out.
 */
final class RowGroups {

	private RowGroups() {
	}

	static List<List<Row>> byCode(List<Row> rows, String column, List<RowError> errors) {
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
}
