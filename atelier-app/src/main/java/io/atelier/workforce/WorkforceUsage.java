package io.atelier.workforce;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import io.atelier.shared.domain.Usage;
import io.atelier.shared.domain.UsageProbe;

/** A skill held by workers, a workshop with workers and a calendar workers follow cannot be deleted. */
@Component
class WorkforceUsage implements UsageProbe {

	private static final Limit SHOWN = Limit.of(5);

	private final WorkerRepository workers;

	WorkforceUsage(WorkerRepository workers) {
		this.workers = workers;
	}

	@Override
	public List<Usage> usagesOf(String entityType, long id) {
		List<Worker> users = switch (entityType) {
			case "Skill" -> workers.findHolding(id, SHOWN);
			case "Workshop" -> workers.findByWorkshopIdOrderByCode(id, SHOWN);
			case "Calendar" -> workers.findByCalendarIdOrderByCode(id, SHOWN);
			default -> List.of();
		};
		return users.stream().map(worker -> new Usage("Worker", worker.getCode())).toList();
	}
}
