package io.atelier.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.atelier.shared.domain.AggregateRoot;

/** A skill (技能) that an operation may require and that workers hold at a level, e.g. edge banding. */
@Entity
@Table(name = "skill")
class Skill extends AggregateRoot {

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 2000)
	private String description;

	protected Skill() {
	}

	Skill(Skills.SkillCommand command) {
		change(command);
	}

	void change(Skills.SkillCommand command) {
		this.code = command.code();
		this.name = command.name();
		this.description = command.description();
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

	@Override
	public String auditLabel() {
		return code;
	}
}
