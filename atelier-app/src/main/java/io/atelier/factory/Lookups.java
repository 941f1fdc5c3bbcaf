package io.atelier.factory;

import java.util.Optional;
import java.util.function.Function;

import io.atelier.shared.tabular.Cells;

/** Turns a code in an import file into the id of the record it names, rejecting the cell when there is none. */
final class Lookups {

	private Lookups() {
	}

	/** The id the code in the column names; an empty cell or an unknown code is an error of that cell. */
	static Long required(Cells cells, String column, Function<String, Optional<Long>> byCode) {
		String code = cells.text(column);
		if (code == null) {
			cells.reject(column, "validation.required");
			return null;
		}
		Optional<Long> id = byCode.apply(code);
		if (id.isEmpty()) {
			cells.reject(column, "import.unknown-code", code);
		}
		return id.orElse(null);
	}
}
