package io.atelier.factory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.atelier.factory.WorkCenters.WorkCenterCommand;
import io.atelier.factory.WorkCenters.WorkCenterView;
import io.atelier.shared.tabular.Cells;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.TabularMapping;

/** One work centre per row, by code; its workshop by workshop code. */
class WorkCenterTabular implements TabularMapping<WorkCenterView, WorkCenterCommand> {

	private final Function<String, Optional<Long>> workshopByCode;

	WorkCenterTabular(Function<String, Optional<Long>> workshopByCode) {
		this.workshopByCode = workshopByCode;
	}

	@Override
	public List<String> columns() {
		return List.of("code", "name", "workshopCode", "description", "active");
	}

	@Override
	public List<List<Object>> rowsOf(WorkCenterView w) {
		return List.of(Arrays.asList(w.code(), w.name(), w.workshopCode(), w.description(), w.active()));
	}

	@Override
	public List<Numbered<WorkCenterCommand>> commandsOf(List<Row> rows, List<RowError> errors) {
		List<Numbered<WorkCenterCommand>> commands = new ArrayList<>();
		for (Row row : rows) {
			Cells cells = new Cells(row, errors);
			int before = errors.size();
			Long workshopId = Lookups.required(cells, "workshopCode", workshopByCode);
			WorkCenterCommand command = new WorkCenterCommand(null, cells.text("code"), cells.text("name"), workshopId,
					cells.text("description"), cells.bool("active"));
			if (errors.size() == before) {
				commands.add(new Numbered<>(row.number(), command));
			}
		}
		return commands;
	}
}
