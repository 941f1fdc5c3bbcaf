package io.atelier.factory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns a calendar into the concrete intervals people and machines work between two instants: every shift on every day
 * it is worked, placed on the time line in the calendar's time zone (so a DST change lengthens or shortens the night
 * shift that spans it), without the days that are holidays and without planned downtime.
 * <p>
 * A holiday cancels the shifts that <em>start</em> on it; a night shift that starts the evening before a holiday is
 * worked to its end. Periods are cut to the requested range and ordered by start; shifts that follow each other
 * directly stay separate periods, so each period names its shift.
 */
final class WorkingTime {

	private static final Comparator<WorkingPeriod> BY_START = Comparator.comparing(WorkingPeriod::start);

	private final ZoneId zone;

	private final List<Shift> shifts;

	private final Set<LocalDate> holidays;

	private final List<PlannedDowntime> downtimes;

	WorkingTime(ZoneId zone, List<Shift> shifts, Collection<LocalDate> holidays, List<PlannedDowntime> downtimes) {
		this.zone = zone;
		this.shifts = List.copyOf(shifts);
		this.holidays = Set.copyOf(holidays);
		this.downtimes = downtimes.stream().sorted(Comparator.comparing(PlannedDowntime::startsAt)).toList();
	}

	/** The same calendar with more downtime taken out, e.g. the planned maintenance of one machine. */
	WorkingTime withDowntimes(List<PlannedDowntime> more) {
		return new WorkingTime(zone, shifts, holidays, Stream.concat(downtimes.stream(), more.stream()).toList());
	}

	/** The working periods within [from, to); none when {@code to} is not after {@code from}. */
	List<WorkingPeriod> between(Instant from, Instant to) {
		if (!from.isBefore(to)) {
			return List.of();
		}
		List<WorkingPeriod> periods = new ArrayList<>();
		// a night shift that started the day before may still be running at 'from'
		LocalDate last = to.atZone(zone).toLocalDate();
		for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
			for (WorkingPeriod shift : shiftsOn(day)) {
				clip(shift, from, to).ifPresent(clipped -> periods.addAll(withoutDowntime(clipped)));
			}
		}
		periods.sort(BY_START);
		return periods;
	}

	private List<WorkingPeriod> shiftsOn(LocalDate day) {
		if (holidays.contains(day)) {
			return List.of();
		}
		Weekday weekday = Weekday.of(day.getDayOfWeek());
		return shifts.stream()
			.filter(shift -> shift.days().contains(weekday))
			.map(shift -> new WorkingPeriod(ZonedDateTime.of(day, shift.startTime(), zone).toInstant(),
					ZonedDateTime.of(shift.crossesMidnight() ? day.plusDays(1) : day, shift.endTime(), zone).toInstant(),
					shift.name()))
			.filter(period -> period.start().isBefore(period.end()))
			.toList();
	}

	private static Optional<WorkingPeriod> clip(WorkingPeriod period, Instant from, Instant to) {
		Instant start = period.start().isBefore(from) ? from : period.start();
		Instant end = period.end().isAfter(to) ? to : period.end();
		return start.isBefore(end) ? Optional.of(new WorkingPeriod(start, end, period.shift()))
				: Optional.empty();
	}

	/** The pieces of a period that no downtime covers. */
	private List<WorkingPeriod> withoutDowntime(WorkingPeriod period) {
		List<WorkingPeriod> pieces = new ArrayList<>();
		Instant cursor = period.start();
		for (PlannedDowntime downtime : downtimes) {
			if (!downtime.endsAt().isAfter(cursor) || !downtime.startsAt().isBefore(period.end())) {
				continue;
			}
			if (downtime.startsAt().isAfter(cursor)) {
				pieces.add(new WorkingPeriod(cursor, downtime.startsAt(), period.shift()));
			}
			cursor = downtime.endsAt();
			if (!cursor.isBefore(period.end())) {
				return pieces;
			}
		}
		pieces.add(new WorkingPeriod(cursor, period.end(), period.shift()));
		return pieces;
	}
}
