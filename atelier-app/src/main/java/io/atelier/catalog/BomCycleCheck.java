package io.atelier.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule that no item may contain itself, at any depth of the product structure: a BOM line "parent takes component"
 * is refused when the component already contains the parent (directly or through its own components), since exploding
 * such a structure would never end and no work order for it could ever be finished.
 */
final class BomCycleCheck {

	private final Map<Long, ? extends Collection<Long>> componentsOf;

	/**
	 * @param componentsOf the direct components of every item that has a BOM, with the BOM being checked already in
	 *     its proposed form
	 */
	BomCycleCheck(Map<Long, ? extends Collection<Long>> componentsOf) {
		this.componentsOf = componentsOf;
	}

	/**
	 * The cycle that a line "parent takes component" closes, as the items along it from the parent back to the parent
	 * (shortest first); empty when there is none.
	 */
	Optional<List<Long>> cycleThrough(long parent, long component) {
		if (parent == component) {
			return Optional.of(List.of(parent, parent));
		}
		Map<Long, Long> reachedFrom = new HashMap<>();
		Deque<Long> queue = new ArrayDeque<>(List.of(component));
		reachedFrom.put(component, null);
		while (!queue.isEmpty()) {
			long item = queue.poll();
			Collection<Long> components = componentsOf.get(item);
			for (long next : components == null ? List.<Long>of() : components) {
				if (next == parent) {
					return Optional.of(path(parent, item, reachedFrom));
				}
				if (!reachedFrom.containsKey(next)) {
					reachedFrom.put(next, item);
					queue.add(next);
				}
			}
		}
		return Optional.empty();
	}

	private static List<Long> path(long parent, long last, Map<Long, Long> reachedFrom) {
		List<Long> path = new ArrayList<>(List.of(parent));
		for (Long item = last; item != null; item = reachedFrom.get(item)) {
			path.add(item);
		}
		path.add(parent);
		Collections.reverse(path.subList(1, path.size() - 1));
		return path;
	}
}
