package io.atelier.workforce;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;


import io.atelier.shared.domain.AggregateRoot;

/**
 * A worker (人员): identified by badge number, belongs to one workshop, works to a calendar (shifts) and holds skills at
 * levels. The skills are part of the worker and change only with it.
 */
@Entity
@Table(name = "worker")
class Worker extends AggregateRoot {

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false)
	private long workshopId;

	private Long calendarId;

	@Column(length = 50)
	private String phone;

	@Column(nullable = false)
	private boolean active = true;

	/** The user account the worker signs in with on the phone, if any. */
	@Column(length = 60)
	private String username;

	// Loaded with the worker: every view of a worker shows its skills, and the audit trail records them on delete
	// (a lazy collection cannot be read any more once its owner is being deleted). Batched for list pages.
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "worker_skill", joinColumns = @JoinColumn(name = "worker_id"))
	@OrderColumn(name = "position")
	private List<WorkerSkill> skills = new ArrayList<>();

	protected Worker() {
	}

	Worker(Workers.WorkerCommand command) {
		change(command);
	}

	void change(Workers.WorkerCommand command) {
		this.code = command.code();
		this.name = command.name();
		this.workshopId = command.workshopId();
		this.calendarId = command.calendarId();
		this.phone = command.phone();
		this.active = command.active() == null || command.active();
		this.username = command.username() == null || command.username().isBlank() ? null : command.username().trim();
		holdOnly(command.skillLines().stream().map(line -> new WorkerSkill(line.skillId(), line.level())).toList());
	}

	/** Replaces the skills, leaving the collection untouched when nothing changed so the audit trail stays quiet. */
	private void holdOnly(List<WorkerSkill> held) {
		Set<Long> distinct = new HashSet<>();
		if (!held.stream().allMatch(skill -> distinct.add(skill.skillId()))) {
			throw new IllegalArgumentException("a worker holds each skill once: " + held);
		}
		if (!new ArrayList<>(skills).equals(held)) {
			skills.clear();
			skills.addAll(held);
		}
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

	Long getCalendarId() {
		return calendarId;
	}

	String getPhone() {
		return phone;
	}

	boolean isActive() {
		return active;
	}

	String getUsername() {
		return username;
	}

	List<WorkerSkill> getSkills() {
		return List.copyOf(skills);
	}

	@Override
	public String auditLabel() {
		return code;
	}
}
