package io.atelier.factory;

import java.util.List;

import org.springframework.stereotype.Component;

import io.atelier.shared.domain.Usage;
import io.atelier.shared.domain.UsageProbe;

/**
 * The references inside the factory: a workshop with work centres, and a work centre or calendar with machines, cannot
 * be deleted.
 */
@Component
class FactoryUsage implements UsageProbe {

	private final WorkCenterRepository workCenters;

	private final MachineRepository machines;

	FactoryUsage(WorkCenterRepository workCenters, MachineRepository machines) {
		this.workCenters = workCenters;
		this.machines = machines;
	}

	@Override
	public List<Usage> usagesOf(String entityType, long id) {
		return switch (entityType) {
			case "Workshop" -> workCenters.findTop5ByWorkshopIdOrderByCode(id)
				.stream()
				.map(w -> new Usage("WorkCenter", w.getCode()))
				.toList();
			case "WorkCenter" -> machines(machines.findTop5ByWorkCenterIdOrderByCode(id));
			case "Calendar" -> machines(machines.findTop5ByCalendarIdOrderByCode(id));
			default -> List.of();
		};
	}

	private static List<Usage> machines(List<Machine> found) {
		return found.stream().map(m -> new Usage("Machine", m.getCode())).toList();
	}
}
