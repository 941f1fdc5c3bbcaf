package io.atelier.scheduling.model;

/** An operation needs this many workers, each with the skill at least at the minimum level, from start to end. */
public record SkillRequirement(Skill skill, int minimumLevel, int workers) {

	public static final SkillRequirement NONE = new SkillRequirement(new Skill("none"), 0, 0);

	public SkillRequirement {
		if (workers < 0 || minimumLevel < 0) {
			throw new IllegalArgumentException("workers and level are never negative");
		}
	}
}
