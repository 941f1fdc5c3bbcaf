package io.atelier.factory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.atelier.factory.Calendars.CalendarCommand;
import io.atelier.factory.Calendars.CalendarView;
import io.atelier.factory.Calendars.HolidayLine;
import io.atelier.factory.Calendars.ShiftLine;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.tabular.Cells;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.TabularMapping;

/**
 * One row per shift, holiday or downtime of a calendar ({@code kind} says which), grouped by calendar code; a calendar
 * without any is one row with an empty {@code kind}. The layout is described in {@code docs/master-data.md}, "Import
 * file layouts". The calendar's own rules are checked here too, so that an error points at the row and column at fault.
 */
class CalendarTabular implements TabularMapping<CalendarView, CalendarCommand> {

	enum Kind {
		SHIFT, HOLIDAY, DOWNTIME
	}

	private static final List<String> CALENDAR_COLUMNS = List.of("name", "timeZone");

	private static final Pattern LINE_PATH = Pattern.compile("(shifts|holidays|downtimes)\\[(\\d+)]\\.(\\w+)");

	/** Which file column holds which field of a line. */
	private static final Map<String, String> LINE_COLUMNS = Map.of("name", "lineName", "startTime", "startTime",
			"endTime", "endTime", "days", "days", "date", "date", "startsAt", "startsAt", "endsAt", "endsAt", "reason",
			"reason");

	@Override
	public List<String> columns() {
		return List.of("code", "name", "timeZone", "kind", "lineName", "startTime", "endTime", "days", "date",
				"startsAt", "endsAt", "reason");
	}

	@Override
	public List<List<Object>> rowsOf(CalendarView c) {
		List<List<Object>> rows = new ArrayList<>();
		c.shifts()
			.forEach(s -> rows.add(row(c, Kind.SHIFT, s.name(), s.startTime(), s.endTime(), Weekday.format(s.days()),
					null, null, null, null)));
		c.holidays().forEach(h -> rows.add(row(c, Kind.HOLIDAY, h.name(), null, null, null, h.date(), null, null, null)));
		c.downtimes()
			.forEach(d -> rows.add(row(c, Kind.DOWNTIME, null, null, null, null, null, d.startsAt(), d.endsAt(),
					d.reason())));
		if (rows.isEmpty()) {
			rows.add(row(c, null, null, null, null, null, null, null, null, null));
		}
		return rows;
	}

	private static List<Object> row(CalendarView c, Kind kind, Object... line) {
		List<Object> row = new ArrayList<>(Arrays.asList(c.code(), c.name(), c.timeZone(), kind));
		row.addAll(Arrays.asList(line));
		return row;
	}

	@Override
	public List<Numbered<CalendarCommand>> commandsOf(List<Row> rows, List<RowError> errors) {
		List<Numbered<CalendarCommand>> commands = new ArrayList<>();
		for (RowGroup group : RowGroup.byCode(rows, "code")) {
			int before = errors.size();
			Row first = group.record(CALENDAR_COLUMNS, errors);
			Lines lines = new Lines();
			group.rows().forEach(row -> lines.read(new Cells(row, errors)));
			CalendarCommand command = new CalendarCommand(null, first.get("code"), first.get("name"),
					first.get("timeZone"), lines.shifts, lines.holidays, lines.downtimes);
			if (errors.size() == before) {
				CalendarRules.check(command).forEach(error -> errors.add(lines.locate(error, first.number())));
			}
			if (errors.size() == before) {
				commands.add(new Numbered<>(first.number(), command));
			}
		}
		return commands;
	}

	/** The lines of one calendar as read, with the row each came from. */
	private static final class Lines {

		final List<ShiftLine> shifts = new ArrayList<>();

		final List<HolidayLine> holidays = new ArrayList<>();

		final List<DowntimeLine> downtimes = new ArrayList<>();

		final Map<String, List<Integer>> sourceRows = Map.of("shifts", new ArrayList<>(), "holidays",
				new ArrayList<>(), "downtimes", new ArrayList<>());

		void read(Cells cells) {
			Kind kind = cells.enumValue("kind", Kind.class);
			if (kind == null) {
				return;
			}
			switch (kind) {
				case SHIFT -> {
					shifts.add(new ShiftLine(required(cells, "lineName"), required(cells, "startTime", cells::time),
							required(cells, "endTime", cells::time), days(cells)));
					sourceRows.get("shifts").add(cells.rowNumber());
				}
				case HOLIDAY -> {
					holidays.add(new HolidayLine(required(cells, "date", cells::date), cells.text("lineName")));
					sourceRows.get("holidays").add(cells.rowNumber());
				}
				case DOWNTIME -> {
					downtimes.add(new DowntimeLine(required(cells, "startsAt", cells::dateTime),
							required(cells, "endsAt", cells::dateTime), cells.text("reason")));
					sourceRows.get("downtimes").add(cells.rowNumber());
				}
			}
		}

		/** Points an error of the calendar's rules at the row and column it concerns. */
		RowError locate(FieldError error, int firstRow) {
			Matcher path = LINE_PATH.matcher(error.field());
			if (!path.matches()) {
				return new RowError(firstRow, error);
			}
			int row = sourceRows.get(path.group(1)).get(Integer.parseInt(path.group(2)));
			String column = LINE_COLUMNS.getOrDefault(path.group(3), path.group(3));
			return new RowError(row, new FieldError(column, error.messageKey(), error.args()));
		}

		private static List<Weekday> days(Cells cells) {
			String text = required(cells, "days");
			if (text == null) {
				return null;
			}
			try {
				return List.copyOf(Weekday.parseList(text));
			}
			catch (IllegalArgumentException ex) {
				cells.reject("days", "import.bad-value", text);
				return null;
			}
		}

		private static String required(Cells cells, String column) {
			return required(cells, column, cells::text);
		}

		private static <T> T required(Cells cells, String column, Function<String, T> read) {
			if (cells.text(column) == null) {
				cells.reject(column, "validation.required");
				return null;
			}
			return read.apply(column);
		}
	}
}
