package io.atelier.catalog;

import java.util.Optional;
import java.util.function.Function;

import io.atelier.shared.tabular.Cells;

/** Reads a reference from an import cell by the code people see, into the id the command carries. */
final class CodeCells {

	private CodeCells() {
	}

	/** The id of the record with the cell's code; null for an empty cell, or (with an error) for an unknown code. */
	static Long id(Cells cells, String column, Function<String, Optional<Long>> idByCode) {
		String code = cells.text(column);
		if (code == null) {
			return null; // reported as a missing value by validation where one is required
		}
		Optional<Long> id = idByCode.apply(code);
		if (id.isEmpty()) {
			cells.reject(column, "import.unknown-code", code);
		}
		return id.orElse(null);
	}
}
