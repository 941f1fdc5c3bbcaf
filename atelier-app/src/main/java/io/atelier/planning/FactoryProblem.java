package io.atelier.planning;

import java.util.List;

import io.atelier.orders.OrderWork.WorkOfOrder;
import io.atelier.scheduling.model.Problem;

/**
 * The engine's problem of the factory's work, with what the engine's dense indexes stand for: job {@code j} is
 * {@code orders.get(j)}, operation {@code i} is the operation numbered {@code operationNumbers.get(i)}. A prospective
 * order (a promise) is translated against it by {@link ProblemTranslation#prospect}, continuing the numbering.
 */
public record FactoryProblem(Problem problem, TimeAxis axis, List<WorkOfOrder> orders, List<String> operationNumbers,
		List<MaterialArrival> materials, FactoryResources resources) {

	public FactoryProblem {
		orders = List.copyOf(orders);
		operationNumbers = List.copyOf(operationNumbers);
		materials = List.copyOf(materials);
	}
}
