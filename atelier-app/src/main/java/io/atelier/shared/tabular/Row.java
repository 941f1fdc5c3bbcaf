package io.atelier.shared.tabular;

import java.util.Map;

/**
 * One data row of an imported file, numbered as the user sees it in a spreadsheet (the header is row 1). Values are
 * trimmed text keyed by column name; an empty cell reads as {@code null}.
 */
public record Row(int number, Map<String, String> values) {

	public String get(String column) {
		String value = values.get(column);
		return value == null || value.isBlank() ? null : value.trim();
	}
}
