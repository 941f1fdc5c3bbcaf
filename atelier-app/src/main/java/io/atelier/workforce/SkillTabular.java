package io.atelier.workforce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.atelier.shared.tabular.Cells;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.TabularMapping;
import io.atelier.workforce.Skills.SkillCommand;
import io.atelier.workforce.Skills.SkillView;

/** One skill per row, by code. */
class SkillTabular implements TabularMapping<SkillView, SkillCommand> {

	@Override
	public List<String> columns() {
		return List.of("code", "name", "description");
	}

	@Override
	public List<List<Object>> rowsOf(SkillView s) {
		return List.of(Arrays.asList(s.code(), s.name(), s.description()));
	}

	@Override
	public List<Numbered<SkillCommand>> commandsOf(List<Row> rows, List<RowError> errors) {
		List<Numbered<SkillCommand>> commands = new ArrayList<>();
		for (Row row : rows) {
			Cells cells = new Cells(row, errors);
			commands.add(new Numbered<>(row.number(),
					new SkillCommand(null, cells.text("code"), cells.text("name"), cells.text("description"))));
		}
		return commands;
	}
}
