package io.atelier.catalog;

import java.util.Collection;
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
		return CyclePath.closedBy(componentsOf, parent, component);
	}
}
