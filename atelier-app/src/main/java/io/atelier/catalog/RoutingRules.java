package io.atelier.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.atelier.catalog.Routings.RoutingCommand;
import io.atelier.catalog.Routings.RoutingStepCommand;
import io.atelier.catalog.Routings.StepMachineCommand;
import io.atelier.factory.Machines.MachineRef;
import io.atelier.factory.WorkCenters.WorkCenterRef;
import io.atelier.shared.domain.FieldError;

/**
 * What a routing must satisfy against the rest of the plant: it belongs to a made item, its step numbers are unique,
 * every step's work centre and skill exist, and every machine exists, appears once per step and stands in the step's
 * work centre (the scheduler books a step only on the machines of its centre). Precedence is {@link RoutingPrecedence}.
 */
final class RoutingRules {

	private final RoutingCommand command;

	private final Optional<Item> item;

	private final ResourceLookup.Session resources;

	RoutingRules(RoutingCommand command, Optional<Item> item, ResourceLookup.Session resources) {
		this.command = command;
		this.item = item;
		this.resources = resources;
	}

	List<FieldError> check() {
		List<FieldError> errors = new ArrayList<>();
		if (item.isEmpty()) {
			errors.add(FieldError.of("itemId", "validation.unknown-reference", command.itemId()));
		}
		else if (!item.get().isMade()) {
			errors.add(FieldError.of("itemId", "catalog.routing.item-not-made", item.get().getCode()));
		}
		Map<Integer, Integer> firstStep = new HashMap<>();
		for (int i = 0; i < command.steps().size(); i++) {
			RoutingStepCommand step = command.steps().get(i);
			Integer first = firstStep.putIfAbsent(step.stepNo(), i);
			if (first != null) {
				errors.add(FieldError.of("steps[%d].stepNo".formatted(i), "catalog.routing.step-twice", step.stepNo()));
			}
			errors.addAll(stepErrors(i, step));
		}
		if (errors.isEmpty()) {
			errors.addAll(new RoutingPrecedence(command.steps()
				.stream()
				.map(s -> new RoutingPrecedence.Step(s.stepNo(), s.predecessors() == null ? List.of() : s.predecessors()))
				.toList()).check());
		}
		return errors;
	}

	private List<FieldError> stepErrors(int index, RoutingStepCommand step) {
		List<FieldError> errors = new ArrayList<>();
		String prefix = "steps[%d].".formatted(index);
		Optional<WorkCenterRef> centre = resources.workCenter(step.workCenterId());
		if (centre.isEmpty()) {
			errors.add(FieldError.of(prefix + "workCenterId", "validation.unknown-reference", step.workCenterId()));
		}
		if (step.skillId() != null && resources.skill(step.skillId()).isEmpty()) {
			errors.add(FieldError.of(prefix + "skillId", "validation.unknown-reference", step.skillId()));
		}
		Set<Long> seen = new HashSet<>();
		for (int j = 0; j < step.machines().size(); j++) {
			machineError(prefix + "machines[%d].machineId".formatted(j), step.machines().get(j), centre, seen)
				.ifPresent(errors::add);
		}
		return errors;
	}

	private Optional<FieldError> machineError(String field, StepMachineCommand option, Optional<WorkCenterRef> centre,
			Set<Long> seen) {
		Optional<MachineRef> machine = resources.machine(option.machineId());
		if (machine.isEmpty()) {
			return Optional.of(FieldError.of(field, "validation.unknown-reference", option.machineId()));
		}
		if (!seen.add(machine.get().id())) {
			return Optional.of(FieldError.of(field, "catalog.routing.machine-twice", machine.get().code()));
		}
		if (centre.isPresent() && machine.get().workCenterId() != centre.get().id()) {
			return Optional.of(FieldError.of(field, "catalog.routing.machine-elsewhere", machine.get().code(),
					centre.get().code()));
		}
		return Optional.empty();
	}
}
