package io.atelier.shared.tabular;

import java.util.List;

/**
 * How one kind of record is laid out in import and export files: the columns, the rows a record becomes, and the commands
 * a file's rows become. Records with lines (BOMs, routings, calendars) take one row per line, grouped by the owner's code.
 *
 * @param <V> the record as the API shows it
 * @param <C> the command that creates or changes it
 */
public interface TabularMapping<V, C> {

	List<String> columns();

	List<List<Object>> rowsOf(V view);

	/** Turns rows into commands; cells that cannot be read are added to {@code errors} and their rows skipped. */
	List<Numbered<C>> commandsOf(List<Row> rows, List<RowError> errors);
}
