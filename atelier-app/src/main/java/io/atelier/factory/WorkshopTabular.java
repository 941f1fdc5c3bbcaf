package io.atelier.factory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.atelier.factory.Workshops.WorkshopCommand;
import io.atelier.factory.Workshops.WorkshopView;
import io.atelier.shared.tabular.Cells;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.TabularMapping;

/** One workshop per row, by code. */
class WorkshopTabular implements TabularMapping<WorkshopView, WorkshopCommand> {

	@Override
	public List<String> columns() {
		return List.of("code", "name", "description", "active");
	}

	@Override
	public List<List<Object>> rowsOf(WorkshopView w) {
		return List.of(Arrays.asList(w.code(), w.name(), w.description(), w.active()));
	}

	@Override
	public List<Numbered<WorkshopCommand>> commandsOf(List<Row> rows, List<RowError> errors) {
		List<Numbered<WorkshopCommand>> commands = new ArrayList<>();
		for (Row row : rows) {
			Cells cells = new Cells(row, errors);
			int before = errors.size();
			WorkshopCommand command = new WorkshopCommand(null, cells.text("code"), cells.text("name"),
					cells.text("description"), cells.bool("active"));
			if (errors.size() == before) {
				commands.add(new Numbered<>(row.number(), command));
			}
		}
		return commands;
	}
}
