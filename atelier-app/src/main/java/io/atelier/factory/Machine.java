package io.atelier.factory;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;


import io.atelier.shared.domain.AggregateRoot;
import io.atelier.shared.domain.RuleViolationException;

/**
 * A machine (设备 / 机台) of a work centre: a resource the scheduler books operations on. It works the hours of its
 * calendar, except during its own planned maintenance; an inactive machine is not planned at all.
 */
@Entity
@Table(name = "machine")
class Machine extends AggregateRoot {

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false)
	private long workCenterId;

	@Column(nullable = false)
	private long calendarId;

	@Column(length = 200)
	private String model;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Machines.MachineStatus status = Machines.MachineStatus.ACTIVE;

	@Column(length = 2000)
	private String description;

	@ElementCollection
	@CollectionTable(name = "machine_downtime", joinColumns = @JoinColumn(name = "machine_id"))
	@OrderColumn(name = "position")
	private List<PlannedDowntime> downtimes = new ArrayList<>();

	protected Machine() {
	}

	Machine(Machines.MachineCommand command) {
		change(command);
	}

	void change(Machines.MachineCommand command) {
		var errors = CalendarRules.checkDowntimes("downtimes", downtimeLines(command));
		if (!errors.isEmpty()) {
			throw new RuleViolationException(errors);
		}
		this.code = command.code();
		this.name = command.name();
		this.workCenterId = command.workCenterId();
		this.calendarId = command.calendarId();
		this.model = command.model();
		this.status = command.status() == null ? Machines.MachineStatus.ACTIVE : command.status();
		this.description = command.description();
		Collections2.replace(downtimes, CalendarRules.downtimesOf(command.downtimes()));
	}

	private static List<DowntimeLine> downtimeLines(Machines.MachineCommand command) {
		return command.downtimes() == null ? List.of() : command.downtimes();
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	long getWorkCenterId() {
		return workCenterId;
	}

	long getCalendarId() {
		return calendarId;
	}

	String getModel() {
		return model;
	}

	Machines.MachineStatus getStatus() {
		return status;
	}

	String getDescription() {
		return description;
	}

	List<PlannedDowntime> getDowntimes() {
		return List.copyOf(downtimes);
	}

	Machines.MachineRef toRef() {
		return new Machines.MachineRef(getId(), code, name, workCenterId, calendarId);
	}

	@Override
	public String auditLabel() {
		return code;
	}
}
