package io.atelier.factory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.atelier.factory.Machines.MachineCommand;
import io.atelier.factory.Machines.MachineStatus;
import io.atelier.factory.Machines.MachineView;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.tabular.Cells;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.TabularMapping;

/**
 * One row per planned downtime of a machine, grouped by machine code; a machine without downtime is one row with the
 * downtime columns empty. Work centre and calendar by code. See {@code docs/master-data.md}, "Import file layouts".
 */
class MachineTabular implements TabularMapping<MachineView, MachineCommand> {

	private static final List<String> MACHINE_COLUMNS = List.of("name", "workCenterCode", "calendarCode", "model",
			"status", "description");

	private final Function<String, Optional<Long>> workCenterByCode;

	private final Function<String, Optional<Long>> calendarByCode;

	MachineTabular(Function<String, Optional<Long>> workCenterByCode, Function<String, Optional<Long>> calendarByCode) {
		this.workCenterByCode = workCenterByCode;
		this.calendarByCode = calendarByCode;
	}

	@Override
	public List<String> columns() {
		return List.of("code", "name", "workCenterCode", "calendarCode", "model", "status", "description", "startsAt",
				"endsAt", "reason");
	}

	@Override
	public List<List<Object>> rowsOf(MachineView m) {
		List<Object> machine = Arrays.asList(m.code(), m.name(), m.workCenterCode(), m.calendarCode(), m.model(),
				m.status(), m.description());
		if (m.downtimes().isEmpty()) {
			return List.of(withDowntime(machine, null, null, null));
		}
		return m.downtimes().stream().map(d -> withDowntime(machine, d.startsAt(), d.endsAt(), d.reason())).toList();
	}

	private static List<Object> withDowntime(List<Object> machine, Object... downtime) {
		List<Object> row = new ArrayList<>(machine);
		row.addAll(Arrays.asList(downtime));
		return row;
	}

	@Override
	public List<Numbered<MachineCommand>> commandsOf(List<Row> rows, List<RowError> errors) {
		List<Numbered<MachineCommand>> commands = new ArrayList<>();
		for (RowGroup group : RowGroup.byCode(rows, "code")) {
			int before = errors.size();
			Cells first = new Cells(group.record(MACHINE_COLUMNS, errors), errors);
			Long workCenterId = Lookups.required(first, "workCenterCode", workCenterByCode);
			Long calendarId = Lookups.required(first, "calendarCode", calendarByCode);
			List<DowntimeLine> downtimes = new ArrayList<>();
			List<Integer> downtimeRows = new ArrayList<>();
			for (Row row : group.rows()) {
				readDowntime(new Cells(row, errors), downtimes, downtimeRows);
			}
			MachineCommand command = new MachineCommand(null, first.text("code"), first.text("name"), workCenterId,
					calendarId, first.text("model"), first.enumValue("status", MachineStatus.class),
					first.text("description"), downtimes);
			if (errors.size() == before) {
				for (FieldError error : CalendarRules.checkDowntimes("downtimes", downtimes)) {
					int index = Integer.parseInt(error.field().replaceAll("\\D", ""));
					errors.add(new RowError(downtimeRows.get(index),
							new FieldError("endsAt", error.messageKey(), error.args())));
				}
			}
			if (errors.size() == before) {
				commands.add(new Numbered<>(group.first().number(), command));
			}
		}
		return commands;
	}

	/** A row with any downtime cell filled describes a downtime, which then needs its start and end. */
	private static void readDowntime(Cells cells, List<DowntimeLine> downtimes, List<Integer> downtimeRows) {
		if (cells.text("startsAt") == null && cells.text("endsAt") == null && cells.text("reason") == null) {
			return;
		}
		if (cells.text("startsAt") == null) {
			cells.reject("startsAt", "validation.required");
		}
		if (cells.text("endsAt") == null) {
			cells.reject("endsAt", "validation.required");
		}
		downtimes.add(new DowntimeLine(cells.dateTime("startsAt"), cells.dateTime("endsAt"), cells.text("reason")));
		downtimeRows.add(cells.rowNumber());
	}
}
