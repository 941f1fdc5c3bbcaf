package io.atelier.factory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.atelier.shared.domain.AggregateRoot;

/** A work centre or line (工作中心 / 产线) of a workshop: a group of machines that routing steps are planned on. */
@Entity
@Table(name = "work_center")
class WorkCenter extends AggregateRoot {

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false)
	private long workshopId;

	@Column(length = 2000)
	private String description;

	@Column(nullable = false)
	private boolean active = true;

	protected WorkCenter() {
	}

	WorkCenter(WorkCenters.WorkCenterCommand command) {
		change(command);
	}

	void change(WorkCenters.WorkCenterCommand command) {
		this.code = command.code();
		this.name = command.name();
		this.workshopId = command.workshopId();
		this.description = command.description();
		this.active = command.active() == null || command.active();
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	long getWorkshopId() {
		return workshopId;
	}

	String getDescription() {
		return description;
	}

	boolean isActive() {
		return active;
	}

	WorkCenters.WorkCenterRef toRef() {
		return new WorkCenters.WorkCenterRef(getId(), code, name, workshopId);
	}

	@Override
	public String auditLabel() {
		return code;
	}
}
