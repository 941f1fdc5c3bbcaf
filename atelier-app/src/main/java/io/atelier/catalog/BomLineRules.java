package io.atelier.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.atelier.catalog.Boms.BomCommand;
import io.atelier.catalog.Boms.BomLineCommand;
import io.atelier.shared.domain.FieldError;

/**
 * What a BOM must satisfy on its own, before its place in the product structure is looked at: it belongs to an item the
 * factory makes, its components exist, and no component is the item itself or appears on two lines (two lines of the
 * same component would be counted separately by every explosion and are almost always a typing mistake).
 */
final class BomLineRules {

	private final BomCommand command;

	private final Map<Long, Item> itemById;

	BomLineRules(BomCommand command, Map<Long, Item> itemById) {
		this.command = command;
		this.itemById = itemById;
	}

	List<FieldError> check() {
		List<FieldError> errors = new ArrayList<>();
		Item parent = itemById.get(command.itemId());
		if (parent == null) {
			errors.add(FieldError.of("itemId", "validation.unknown-reference", command.itemId()));
		}
		else if (!parent.isMade()) {
			errors.add(FieldError.of("itemId", "catalog.bom.item-not-made", parent.getCode()));
		}
		Map<Long, Integer> firstLine = new HashMap<>();
		for (int i = 0; i < command.lines().size(); i++) {
			lineError(i, command.lines().get(i), firstLine).ifPresent(errors::add);
		}
		return errors;
	}

	private Optional<FieldError> lineError(int index, BomLineCommand line, Map<Long, Integer> firstLine) {
		String field = "lines[" + index + "].componentItemId";
		Long component = line.componentItemId();
		if (component == null) {
			return Optional.of(FieldError.of(field, "validation.required"));
		}
		if (!itemById.containsKey(component)) {
			return Optional.of(FieldError.of(field, "validation.unknown-reference", component));
		}
		if (component.equals(command.itemId())) {
			return Optional.of(FieldError.of(field, "catalog.bom.component-is-parent"));
		}
		Integer first = firstLine.putIfAbsent(component, index);
		if (first != null) {
			return Optional.of(FieldError.of(field, "catalog.bom.component-twice",
					itemById.get(component).getCode(), first + 1));
		}
		return Optional.empty();
	}
}
