package io.atelier.scheduling.model;

import java.util.Map;

/** A worker with skills at levels (1 = novice and up) and a calendar of shifts and absences. */
public record Worker(WorkerId id, String name, Map<Skill, Integer> skills, Calendar calendar) {

	public Worker {
		skills = Map.copyOf(skills);
	}

	public boolean masters(SkillRequirement requirement) {
		return skills.getOrDefault(requirement.skill(), 0) >= requirement.minimumLevel();
	}
}
