package io.atelier.orders;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.atelier.shared.domain.FieldError;

/**
 * When two work orders may be made as one batch (docs/orders.md, "Split and merge"): the same item in the same unit,
 * the same configuration (a line's configured product: template, version and values; anything else: the catalog item
 * alone), and the same operations (step numbers, machines and predecessors: a routing changed between two releases
 * makes other operations, which one batch cannot follow).
 */
final class MergeCompatibility {

	/** How a work order's product was configured, or empty for a catalog item. */
	record Configuration(String templateCode, Integer templateVersion, Map<String, String> parameters) {
	}

	/** A work order as the rule compares it. */
	record Candidate(WorkOrder workOrder, Optional<Configuration> configuration) {
	}

	private MergeCompatibility() {
	}

	/** @return why {@code other} cannot join a batch with {@code first}, as a field error naming both, if it cannot */
	static Optional<FieldError> check(Candidate first, Candidate other, String field) {
		WorkOrder a = first.workOrder();
		WorkOrder b = other.workOrder();
		if (a.getItemId() != b.getItemId() || !a.getUnit().equals(b.getUnit())) {
			return Optional.of(FieldError.of(field, "order-split.merge.different-item", b.getNumber(), b.getItemCode(),
					a.getItemCode(), a.getNumber()));
		}
		if (!first.configuration().equals(other.configuration())) {
			return Optional.of(FieldError.of(field, "order-split.merge.different-configuration", b.getNumber(),
					a.getNumber()));
		}
		if (!signature(a).equals(signature(b))) {
			return Optional.of(FieldError.of(field, "order-split.merge.different-operations", b.getNumber(),
					a.getNumber()));
		}
		return Optional.empty();
	}

	private record Step(int stepNo, List<Integer> predecessors, List<Long> machines) {
	}

	private static List<Step> signature(WorkOrder workOrder) {
		return workOrder.getOperations()
			.stream()
			.map(op -> new Step(op.getStepNo(), op.getPredecessors().stream().sorted().toList(),
					op.getMachines().stream().map(OperationMachine::machineId).toList()))
			.toList();
	}
}
