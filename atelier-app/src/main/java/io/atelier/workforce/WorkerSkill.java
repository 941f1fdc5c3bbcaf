package io.atelier.workforce;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill a worker holds, at a level from 1 (learning) to 5 (can teach it); it has no identity of its own. */
@Embeddable
class WorkerSkill {

	static final int MIN_LEVEL = 1;

	static final int MAX_LEVEL = 5;

	@Column(nullable = false)
	private long skillId;

	@Column(nullable = false)
	private int level;

	protected WorkerSkill() {
	}

	WorkerSkill(long skillId, int level) {
		if (level < MIN_LEVEL || level > MAX_LEVEL) {
			throw new IllegalArgumentException("skill level " + level + " is outside " + MIN_LEVEL + ".." + MAX_LEVEL);
		}
		this.skillId = skillId;
		this.level = level;
	}

	long skillId() {
		return skillId;
	}

	int level() {
		return level;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WorkerSkill that && skillId == that.skillId && level == that.level;
	}

	@Override
	public int hashCode() {
		return Objects.hash(skillId, level);
	}

	/** As the audit trail shows it: skill id and level. */
	@Override
	public String toString() {
		return skillId + ":" + level;
	}
}
