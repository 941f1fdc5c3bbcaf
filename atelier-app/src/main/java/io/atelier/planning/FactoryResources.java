package io.atelier.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.atelier.scheduling.model.Machine;

/**
 * The machines as the engine knows them, by the factory's machine id, and the dense numbering of product families
 * (0 stands for "no family").
 */
public record FactoryResources(List<Machine> machines, Map<Long, Integer> machineIndex,
		Map<Long, Integer> familyIndex) {

	public FactoryResources {
		machines = List.copyOf(machines);
		machineIndex = Map.copyOf(machineIndex);
		familyIndex = Map.copyOf(familyIndex);
	}

	/** The engine family of a catalog family: 0 for none; a family no setup matrix names gets a fresh number. */
	int family(Long familyId, Map<Long, Integer> extra) {
		if (familyId == null) {
			return 0;
		}
		Integer known = familyIndex.get(familyId);
		if (known != null) {
			return known;
		}
		return extra.computeIfAbsent(familyId, id -> familyIndex.size() + extra.size() + 1);
	}

	static Map<Long, Integer> fresh() {
		return new HashMap<>();
	}
}
