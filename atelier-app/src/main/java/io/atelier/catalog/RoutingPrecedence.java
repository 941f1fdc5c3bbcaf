package io.atelier.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.atelier.shared.domain.FieldError;

/**
 * The rule that the steps of a routing can be put in an order: every predecessor is a step of the same routing, no
 * step waits for itself, and no chain of predecessors leads back to where it started (such steps could never start).
 * Steps without predecessors may start at once; steps with several wait for all of them.
 */
final class RoutingPrecedence {

	/** A step as far as precedence goes: its number and the numbers of the steps it waits for. */
	record Step(int stepNo, List<Integer> predecessors) {
	}

	private final List<Step> steps;

	RoutingPrecedence(List<Step> steps) {
		this.steps = steps;
	}

	/** What is wrong, with fields named {@code steps[i].predecessors[j]} or {@code steps[i].predecessors}. */
	List<FieldError> check() {
		Set<Integer> numbers = steps.stream().map(Step::stepNo).collect(Collectors.toSet());
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			for (int j = 0; j < step.predecessors().size(); j++) {
				int predecessor = step.predecessors().get(j);
				String field = "steps[%d].predecessors[%d]".formatted(i, j);
				if (predecessor == step.stepNo()) {
					errors.add(FieldError.of(field, "catalog.routing.predecessor-itself", predecessor));
				}
				else if (!numbers.contains(predecessor)) {
					errors.add(FieldError.of(field, "catalog.routing.unknown-predecessor", predecessor));
				}
			}
		}
		return errors.isEmpty() ? cycles() : errors;
	}

	/** One error per loop, on the first step of it (in the routing's order), showing the loop in working order. */
	private List<FieldError> cycles() {
		Map<Long, List<Long>> waitsFor = new HashMap<>();
		steps.forEach(s -> waitsFor.put((long) s.stepNo(), s.predecessors().stream().map(Integer::longValue).toList()));
		List<FieldError> errors = new ArrayList<>();
		Set<Set<Long>> reported = new HashSet<>();
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			Optional<List<Long>> loop = loopThrough(waitsFor, step);
			if (loop.isPresent() && reported.add(Set.copyOf(loop.get()))) {
				errors.add(FieldError.of("steps[%d].predecessors".formatted(i), "catalog.routing.precedence-cycle",
						inWorkingOrder(loop.get())));
			}
		}
		return errors;
	}

	private static Optional<List<Long>> loopThrough(Map<Long, List<Long>> waitsFor, Step step) {
		for (int predecessor : step.predecessors()) {
			Optional<List<Long>> loop = CyclePath.closedBy(waitsFor, step.stepNo(), predecessor);
			if (loop.isPresent()) {
				return loop;
			}
		}
		return Optional.empty();
	}

	/** The loop was found following "waits for"; people read it as "comes before". */
	private static String inWorkingOrder(List<Long> waitsForPath) {
		List<Long> path = new ArrayList<>(waitsForPath);
		java.util.Collections.reverse(path);
		return path.stream().map(String::valueOf).collect(Collectors.joining(" → "));
	}
}
