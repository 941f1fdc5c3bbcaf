package io.atelier.catalog;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import io.atelier.shared.domain.Usage;
import io.atelier.shared.domain.UsageProbe;

/**
 * Machines, work centres and skills of other modules that routings or setup matrices name cannot be deleted; the
 * refusal names the routing steps ({@code item code/step number}) or the matrix.
 */
@Component
class ResourceUsage implements UsageProbe {

	private static final Limit SHOWN = Limit.of(5);

	private final RoutingRepository routings;

	private final SetupMatrixRepository matrices;

	/** Provided late: the lookups go through services that themselves need the probes, to check their deletes. */
	private final ObjectProvider<ResourceLookup> resources;

	ResourceUsage(RoutingRepository routings, SetupMatrixRepository matrices, ObjectProvider<ResourceLookup> resources) {
		this.routings = routings;
		this.matrices = matrices;
		this.resources = resources;
	}

	@Override
	public List<Usage> usagesOf(String entityType, long id) {
		return switch (entityType) {
			case "Machine" -> usagesOfMachine(id);
			case "WorkCenter" -> steps(routings.findStepsInWorkCenter(id, SHOWN));
			case "Skill" -> steps(routings.findStepsNeedingSkill(id, SHOWN));
			default -> List.of();
		};
	}

	private List<Usage> usagesOfMachine(long machineId) {
		List<Usage> usages = new ArrayList<>(steps(routings.findStepsUsingMachine(machineId, SHOWN)));
		if (matrices.findByMachineId(machineId).isPresent()) {
			String code = resources.getObject().session().machine(machineId).map(m -> m.code()).orElse(String.valueOf(machineId));
			usages.add(new Usage("SetupMatrix", code));
		}
		return usages;
	}

	private static List<Usage> steps(List<RoutingRepository.StepUse> uses) {
		return uses.stream().map(use -> new Usage("RoutingStep", use.label())).toList();
	}
}
