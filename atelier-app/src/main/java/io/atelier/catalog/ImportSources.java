package io.atelier.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import io.atelier.shared.domain.FieldError;
import io.atelier.shared.tabular.ImportRejectedException;
import io.atelier.shared.tabular.RowError;

/**
 * Where each part of a record read from several rows came from, so that an error found on the command (named by its
 * JSON path, such as {@code lines[2].componentItemId}) points the user at the row and column of the file to correct
 * ({@code componentCode} in row 5) rather than at the record's first row.
 */
final class ImportSources {

	private final Map<String, String> columnOfField;

	/** Per record (by its first row): the row each part came from, by the part's JSON path such as {@code lines[2]}. */
	private final Map<Integer, Map<String, Integer>> rowOfPart = new HashMap<>();

	/** @param columnOfField the file column of each command field whose name differs, e.g. itemId → itemCode */
	ImportSources(Map<String, String> columnOfField) {
		this.columnOfField = columnOfField;
	}

	void record(int firstRow, String partPath, int row) {
		rowOfPart.computeIfAbsent(firstRow, r -> new HashMap<>()).put(partPath, row);
	}

	ImportRejectedException pointAt(ImportRejectedException rejected) {
		return new ImportRejectedException(rejected.errors()
			.stream()
			.map(this::pointAt)
			.sorted(Comparator.comparingInt(RowError::row))
			.toList());
	}

	RowError pointAt(RowError error) {
		String field = error.error().field();
		int row = rowOf(error.row(), field);
		FieldError original = error.error();
		return new RowError(row, new FieldError(column(field), original.messageKey(), original.args()));
	}

	private int rowOf(int firstRow, String field) {
		Map<String, Integer> parts = rowOfPart.getOrDefault(firstRow, Map.of());
		int row = firstRow;
		int longest = -1;
		for (Map.Entry<String, Integer> part : parts.entrySet()) {
			String path = part.getKey();
			boolean within = field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "[");
			if (within && path.length() > longest) {
				longest = path.length();
				row = part.getValue();
			}
		}
		return row;
	}

	private String column(String field) {
		String leaf = field.substring(field.lastIndexOf('.') + 1);
		int index = leaf.indexOf('[');
		String name = index < 0 ? leaf : leaf.substring(0, index);
		return columnOfField.getOrDefault(name, name);
	}
}
