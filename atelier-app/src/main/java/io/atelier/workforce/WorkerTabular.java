package io.atelier.workforce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.atelier.factory.Calendars.CalendarRef;
import io.atelier.factory.Workshops.WorkshopRef;
import io.atelier.shared.tabular.Cells;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.TabularMapping;
import io.atelier.workforce.Workers.WorkerCommand;
import io.atelier.workforce.Workers.WorkerSkillLine;
import io.atelier.workforce.Workers.WorkerView;

/**
 * One worker per row, by badge code; workshop and calendar by code, and every skill in one cell as
 * {@code CODE:LEVEL;CODE:LEVEL} (a worker holds few skills, and one row per worker is what HR keeps in a spreadsheet).
 */
class WorkerTabular implements TabularMapping<WorkerView, WorkerCommand> {

	static final String SKILLS = "skills";

	private final WorkerReferences references;

	WorkerTabular(WorkerReferences references) {
		this.references = references;
	}

	@Override
	public List<String> columns() {
		return List.of("code", "name", "workshopCode", "calendarCode", "phone", "active", SKILLS, "username");
	}

	@Override
	public List<List<Object>> rowsOf(WorkerView w) {
		String skills = w.skills()
			.stream()
			.map(skill -> SkillCell.entry(skill.skillCode(), skill.level()))
			.collect(Collectors.joining(SkillCell.SEPARATOR));
		return List.of(Arrays.asList(w.code(), w.name(), w.workshopCode(), w.calendarCode(), w.phone(), w.active(),
				skills, w.username()));
	}

	@Override
	public List<Numbered<WorkerCommand>> commandsOf(List<Row> rows, List<RowError> errors) {
		List<Numbered<WorkerCommand>> commands = new ArrayList<>();
		for (Row row : rows) {
			Cells cells = new Cells(row, errors);
			int before = errors.size();
			Long workshopId = workshopId(cells);
			Long calendarId = calendarId(cells);
			List<WorkerSkillLine> skills = new SkillCell(cells, SKILLS, references::skill).lines();
			WorkerCommand command = new WorkerCommand(null, cells.text("code"), cells.text("name"), workshopId,
					calendarId, cells.text("phone"), cells.bool("active"), skills, cells.text("username"));
			if (errors.size() == before) {
				commands.add(new Numbered<>(row.number(), command));
			}
		}
		return commands;
	}

	private Long workshopId(Cells cells) {
		String code = cells.text("workshopCode");
		if (code == null) {
			cells.reject("workshopCode", "validation.required");
			return null;
		}
		return references.workshop(code).map(WorkshopRef::id).orElseGet(() -> {
			cells.reject("workshopCode", "import.unknown-code", code);
			return null;
		});
	}

	private Long calendarId(Cells cells) {
		String code = cells.text("calendarCode");
		if (code == null) {
			return null;
		}
		return references.calendar(code).map(CalendarRef::id).orElseGet(() -> {
			cells.reject("calendarCode", "import.unknown-code", code);
			return null;
		});
	}
}
