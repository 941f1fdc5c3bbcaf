package io.atelier.factory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.atelier.factory.Calendars.CalendarCommand;
import io.atelier.factory.Calendars.HolidayLine;
import io.atelier.factory.Calendars.ShiftLine;
import io.atelier.shared.domain.FieldError;

/**
 * The rules a calendar keeps by itself, whatever else exists: a real IANA time zone, shifts that last some time, are
 * worked on at least one day and do not overlap ({@link ShiftOverlap}), each holiday date once, and downtimes that end
 * after they start. Errors name the JSON path of the field at fault, e.g. {@code shifts[1].endTime}.
 */
final class CalendarRules {

	private CalendarRules() {
	}

	static List<FieldError> check(CalendarCommand command) {
		List<FieldError> errors = new ArrayList<>();
		if (command.timeZone() != null && !command.timeZone().isBlank()
				&& !ZoneId.getAvailableZoneIds().contains(command.timeZone().trim())) {
			errors.add(FieldError.of("timeZone", "calendar.time-zone.unknown", command.timeZone()));
		}
		errors.addAll(checkShifts(lines(command.shifts())));
		errors.addAll(checkHolidays(lines(command.holidays())));
		errors.addAll(checkDowntimes("downtimes", lines(command.downtimes())));
		return errors;
	}

	/** Downtimes must end after they start; used by calendars and machines alike. */
	static List<FieldError> checkDowntimes(String path, List<DowntimeLine> downtimes) {
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < downtimes.size(); i++) {
			DowntimeLine downtime = downtimes.get(i);
			if (downtime != null && downtime.startsAt() != null && downtime.endsAt() != null
					&& !downtime.endsAt().isAfter(downtime.startsAt())) {
				errors.add(FieldError.of("%s[%d].endsAt".formatted(path, i), "calendar.downtime.ends-before-start"));
			}
		}
		return errors;
	}

	private static List<FieldError> checkShifts(List<ShiftLine> lines) {
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			ShiftLine line = lines.get(i);
			if (line == null) {
				continue; // reported by bean validation
			}
			if (line.startTime() != null && line.endTime() != null
					&& minutes(line.startTime()).equals(minutes(line.endTime()))) {
				errors.add(FieldError.of("shifts[%d].endTime".formatted(i), "calendar.shift.no-length"));
			}
			if (line.days() == null || line.days().isEmpty() || line.days().stream().anyMatch(Objects::isNull)) {
				errors.add(FieldError.of("shifts[%d].days".formatted(i), "calendar.shift.no-days"));
			}
		}
		if (errors.isEmpty() && lines.stream().allMatch(CalendarRules::complete)) {
			List<Shift> shifts = lines.stream().map(CalendarRules::shiftOf).toList();
			for (ShiftOverlap.Clash clash : ShiftOverlap.clashes(shifts)) {
				errors.add(FieldError.of("shifts[%d].startTime".formatted(clash.second()), "calendar.shift.overlap",
						shifts.get(clash.first()).name(), clash.day()));
			}
		}
		return errors;
	}

	private static List<FieldError> checkHolidays(List<HolidayLine> lines) {
		List<FieldError> errors = new ArrayList<>();
		Map<LocalDate, Integer> seen = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			HolidayLine line = lines.get(i);
			if (line != null && line.date() != null && seen.putIfAbsent(line.date(), i) != null) {
				errors.add(FieldError.of("holidays[%d].date".formatted(i), "calendar.holiday.duplicate", line.date()));
			}
		}
		return errors;
	}

	static String timeZoneOf(CalendarCommand command) {
		return command.timeZone() == null || command.timeZone().isBlank() ? Calendar.DEFAULT_TIME_ZONE
				: command.timeZone().trim();
	}

	static List<Shift> shiftsOf(CalendarCommand command) {
		return lines(command.shifts()).stream().map(CalendarRules::shiftOf).toList();
	}

	static List<Holiday> holidaysOf(CalendarCommand command) {
		return lines(command.holidays()).stream().map(h -> new Holiday(h.date(), h.name())).toList();
	}

	static List<PlannedDowntime> downtimesOf(List<DowntimeLine> lines) {
		return lines(lines).stream()
			.map(d -> new PlannedDowntime(d.startsAt().toInstant(), d.endsAt().toInstant(), d.reason()))
			.toList();
	}

	private static boolean complete(ShiftLine line) {
		return line != null && line.startTime() != null && line.endTime() != null;
	}

	/** Shift times are kept to the minute; seconds would only make overlaps and lengths harder to read. */
	private static Shift shiftOf(ShiftLine line) {
		return new Shift(line.name(), minutes(line.startTime()), minutes(line.endTime()),
				line.days().stream().filter(Objects::nonNull).collect(Collectors.toSet()));
	}

	private static LocalTime minutes(LocalTime time) {
		return time.truncatedTo(ChronoUnit.MINUTES);
	}

	private static <T> List<T> lines(List<T> lines) {
		return lines == null ? List.of() : lines;
	}
}
