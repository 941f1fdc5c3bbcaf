package io.atelier.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.atelier.factory.Machines;
import io.atelier.factory.Machines.MachineRef;
import io.atelier.factory.WorkCenters;
import io.atelier.factory.WorkCenters.WorkCenterRef;
import io.atelier.workforce.Skills;
import io.atelier.workforce.Skills.SkillRef;

/**
 * The work centres, machines and skills of other modules that routings and setup matrices name. A {@link Session} looks
 * each one up at most once, so that checking a routing or showing a page of them asks for a few dozen records rather
 * than one per step.
 */
@Component
class ResourceLookup {

	private final WorkCenters workCenters;

	private final Machines machines;

	private final Skills skills;

	ResourceLookup(WorkCenters workCenters, Machines machines, Skills skills) {
		this.workCenters = workCenters;
		this.machines = machines;
		this.skills = skills;
	}

	Session session() {
		return new Session();
	}

	/** Lookups remembered for one request. */
	final class Session {

		private final Map<Long, Optional<WorkCenterRef>> centres = new HashMap<>();

		private final Map<Long, Optional<MachineRef>> machinesById = new HashMap<>();

		private final Map<Long, Optional<SkillRef>> skillsById = new HashMap<>();

		Optional<WorkCenterRef> workCenter(Long id) {
			return id == null ? Optional.empty() : centres.computeIfAbsent(id, workCenters::find);
		}

		Optional<MachineRef> machine(Long id) {
			return id == null ? Optional.empty() : machinesById.computeIfAbsent(id, machines::find);
		}

		Optional<SkillRef> skill(Long id) {
			return id == null ? Optional.empty() : skillsById.computeIfAbsent(id, skills::find);
		}

		Optional<Long> workCenterIdByCode(String code) {
			return workCenters.findByCode(code).map(WorkCenterRef::id);
		}

		Optional<Long> machineIdByCode(String code) {
			return machines.findByCode(code).map(MachineRef::id);
		}

		Optional<Long> skillIdByCode(String code) {
			return skills.findByCode(code).map(SkillRef::id);
		}
	}
}
