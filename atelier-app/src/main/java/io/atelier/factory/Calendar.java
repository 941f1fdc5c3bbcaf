package io.atelier.factory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;


import io.atelier.shared.domain.AggregateRoot;
import io.atelier.shared.domain.RuleViolationException;

/**
 * A working calendar (工作日历): the shifts worked each weekday in one time zone, the holidays on which nobody works and
 * the planned downtimes of the whole plant. Machines and workers follow one calendar each.
 */
@Entity
@Table(name = "calendar")
class Calendar extends AggregateRoot {

	static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 60)
	private String timeZone;

	@ElementCollection
	@CollectionTable(name = "calendar_shift", joinColumns = @JoinColumn(name = "calendar_id"))
	@OrderColumn(name = "position")
	private List<Shift> shifts = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "calendar_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
	@OrderColumn(name = "position")
	private List<Holiday> holidays = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "calendar_downtime", joinColumns = @JoinColumn(name = "calendar_id"))
	@OrderColumn(name = "position")
	private List<PlannedDowntime> downtimes = new ArrayList<>();

	protected Calendar() {
	}

	Calendar(Calendars.CalendarCommand command) {
		change(command);
	}

	/** Takes over the command's content, refusing one that breaks the calendar's own rules. */
	void change(Calendars.CalendarCommand command) {
		var errors = CalendarRules.check(command);
		if (!errors.isEmpty()) {
			throw new RuleViolationException(errors);
		}
		this.code = command.code();
		this.name = command.name();
		this.timeZone = CalendarRules.timeZoneOf(command);
		Collections2.replace(shifts, CalendarRules.shiftsOf(command));
		Collections2.replace(holidays, CalendarRules.holidaysOf(command));
		Collections2.replace(downtimes, CalendarRules.downtimesOf(command.downtimes()));
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	String getTimeZone() {
		return timeZone;
	}

	ZoneId zone() {
		return ZoneId.of(timeZone);
	}

	List<Shift> getShifts() {
		return List.copyOf(shifts);
	}

	List<Holiday> getHolidays() {
		return List.copyOf(holidays);
	}

	List<PlannedDowntime> getDowntimes() {
		return List.copyOf(downtimes);
	}

	WorkingTime workingTime() {
		return new WorkingTime(zone(), shifts, holidays.stream().map(Holiday::date).toList(), downtimes);
	}

	Calendars.CalendarRef toRef() {
		return new Calendars.CalendarRef(getId(), code, name);
	}

	@Override
	public String auditLabel() {
		return code;
	}
}
