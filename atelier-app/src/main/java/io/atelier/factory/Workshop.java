package io.atelier.factory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.atelier.shared.domain.AggregateRoot;

/** A workshop (车间): the unit of the plant that work orders travel through and that hands work over to the next. */
@Entity
@Table(name = "workshop")
class Workshop extends AggregateRoot {

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 2000)
	private String description;

	@Column(nullable = false)
	private boolean active = true;

	protected Workshop() {
	}

	Workshop(Workshops.WorkshopCommand command) {
		change(command);
	}

	void change(Workshops.WorkshopCommand command) {
		this.code = command.code();
		this.name = command.name();
		this.description = command.description();
		this.active = command.active() == null || command.active();
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	String getDescription() {
		return description;
	}

	boolean isActive() {
		return active;
	}

	@Override
	public String auditLabel() {
		return code;
	}
}
