package io.atelier.factory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.ReferenceCheck;
import io.atelier.shared.masterdata.MasterDataService;
import io.atelier.shared.masterdata.NoFilter;
import io.atelier.shared.masterdata.Specifications;
import io.atelier.shared.masterdata.Versioned;
import io.atelier.shared.tabular.TabularMapping;

/**
 * Maintains the working calendars and answers when work can happen: other modules look calendars up by id or code, and
 * the scheduler asks for the concrete {@link WorkingPeriod working periods} of a calendar between two instants.
 */
@Service
public class Calendars extends MasterDataService<Calendar, Calendars.CalendarView, Calendars.CalendarCommand, NoFilter> {

	private final CalendarRepository calendars;

	Calendars(CalendarRepository calendars, ReferenceCheck references, Validator validator) {
		super(calendars, references, validator);
		this.calendars = calendars;
	}

	public record CalendarView(long id, long version, String code, String name, String timeZone,
			List<ShiftLine> shifts, List<HolidayLine> holidays, List<DowntimeLine> downtimes, Instant createdAt,
			Instant updatedAt) {
	}

	/** A calendar to create or change; {@code timeZone} defaults to Asia/Shanghai. */
	public record CalendarCommand(Long version, @NotBlank @Size(max = 40) String code,
			@NotBlank @Size(max = 200) String name, @Size(max = 60) String timeZone,
			@Valid List<@NotNull ShiftLine> shifts, @Valid List<@NotNull HolidayLine> holidays,
			@Valid List<@NotNull DowntimeLine> downtimes) implements Versioned {
	}

	/** A shift: wall-clock times ("08:00") in the calendar's time zone; an end before the start ends the next day. */
	public record ShiftLine(@NotBlank @Size(max = 100) String name,
			@NotNull @JsonFormat(pattern = "HH:mm") LocalTime startTime,
			@NotNull @JsonFormat(pattern = "HH:mm") LocalTime endTime, List<Weekday> days) {
	}

	public record HolidayLine(@NotNull LocalDate date, @Size(max = 200) String name) {
	}

	/** What other modules need to know of a calendar. */
	public record CalendarRef(long id, String code, String name) {
	}

	@Transactional(readOnly = true)
	public Optional<CalendarRef> find(long id) {
		return calendars.findById(id).map(Calendar::toRef);
	}

	@Transactional(readOnly = true)
	public Optional<CalendarRef> findByCode(String code) {
		return code == null ? Optional.empty() : calendars.findByCodeIgnoreCase(code.trim()).map(Calendar::toRef);
	}

	/**
	 * The concrete working intervals of a calendar within [from, to): its shifts placed on each day in its time zone,
	 * without holidays and planned downtime, ordered by start (see {@link WorkingTime}).
	 */
	@Transactional(readOnly = true)
	public List<WorkingPeriod> workingPeriods(long calendarId, Instant from, Instant to) {
		return load(calendarId).workingTime().between(from, to);
	}

	@Override
	public String entityType() {
		return "Calendar";
	}

	@Override
	public TabularMapping<CalendarView, CalendarCommand> tabular() {
		return new CalendarTabular();
	}

	@Override
	protected Set<String> sortableFields() {
		return Set.of("code", "name", "timeZone", "createdAt", "updatedAt");
	}

	@Override
	protected Specification<Calendar> specification(NoFilter filter, String q) {
		return Specifications.search(q, "code", "name");
	}

	@Override
	protected CalendarView toView(Calendar c) {
		ZoneId zone = c.zone();
		return new CalendarView(c.getId(), c.getVersion(), c.getCode(), c.getName(), c.getTimeZone(),
				c.getShifts()
					.stream()
					.map(s -> new ShiftLine(s.name(), s.startTime(), s.endTime(), List.copyOf(s.days())))
					.toList(),
				c.getHolidays().stream().map(h -> new HolidayLine(h.date(), h.name())).toList(),
				downtimeLines(c.getDowntimes(), zone), c.getCreatedAt(), c.getUpdatedAt());
	}

	/** Downtimes as people read them: in the time zone of the calendar they concern. */
	static List<DowntimeLine> downtimeLines(List<PlannedDowntime> downtimes, ZoneId zone) {
		return downtimes.stream()
			.map(d -> new DowntimeLine(d.startsAt().atZone(zone).toOffsetDateTime(),
					d.endsAt().atZone(zone).toOffsetDateTime(), d.reason()))
			.toList();
	}

	@Override
	protected String label(Calendar calendar) {
		return calendar.getCode();
	}

	@Override
	protected Optional<Calendar> findByKey(CalendarCommand command) {
		return command.code() == null ? Optional.empty() : calendars.findByCodeIgnoreCase(command.code().trim());
	}

	@Override
	protected Object importKey(CalendarCommand command) {
		return codeKey(command.code());
	}

	@Override
	protected Calendar newEntity(CalendarCommand command) {
		return new Calendar(command);
	}

	@Override
	protected void apply(Calendar calendar, CalendarCommand command) {
		calendar.change(command);
	}

	@Override
	protected List<FieldError> check(CalendarCommand command, Calendar existing) {
		return CalendarRules.check(command);
	}
}
