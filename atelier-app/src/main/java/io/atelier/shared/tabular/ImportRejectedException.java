package io.atelier.shared.tabular;

import java.util.List;

/** An import with at least one bad row: nothing was written, and every bad row is reported. */
public class ImportRejectedException extends RuntimeException {

	private final List<RowError> errors;

	public ImportRejectedException(List<RowError> errors) {
		super(errors.size() + " import errors");
		this.errors = List.copyOf(errors);
	}

	public List<RowError> errors() {
		return errors;
	}
}
