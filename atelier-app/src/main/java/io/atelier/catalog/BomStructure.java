package io.atelier.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.atelier.catalog.Boms.BomCommand;
import io.atelier.catalog.Boms.BomLineCommand;
import io.atelier.shared.domain.FieldError;

/**
 * The product structure across all BOMs: what lies below a BOM (for its explosion), and whether BOMs as proposed would
 * make an item contain itself ({@link BomCycleCheck}), alone or together with other BOMs of the same import.
 */
@Component
class BomStructure {

	private final BomRepository boms;

	private final ItemRepository items;

	BomStructure(BomRepository boms, ItemRepository items) {
		this.boms = boms;
		this.items = items;
	}

	/** The lines of the BOM and of every BOM below it, by item, read one level at a time. */
	Map<Long, List<BomLine>> below(BillOfMaterials top) {
		Map<Long, List<BomLine>> linesOf = new HashMap<>();
		linesOf.put(top.getItem().getId(), top.getLines());
		Set<Long> level = components(top.getLines());
		while (!level.isEmpty()) {
			Set<Long> next = new HashSet<>();
			for (BillOfMaterials bom : boms.findByItemIdIn(level)) {
				if (linesOf.putIfAbsent(bom.getItem().getId(), bom.getLines()) == null) {
					next.addAll(components(bom.getLines()));
				}
			}
			next.removeAll(linesOf.keySet());
			level = next;
		}
		return linesOf;
	}

	static Set<Long> components(List<BomLine> lines) {
		return lines.stream().map(BomLine::componentItemId).collect(Collectors.toSet());
	}

	/**
	 * The loops each proposed BOM would close, with the other proposed BOMs taking the place of what is stored: one
	 * error per line at fault, by proposed BOM. Lines naming the item itself are left to {@link BomLineRules}.
	 */
	List<List<FieldError>> cycles(List<BomCommand> proposed) {
		Map<Long, List<Long>> graph = componentsByItem(proposed);
		BomCycleCheck check = new BomCycleCheck(graph);
		return proposed.stream().map(command -> cycles(command, check)).toList();
	}

	private Map<Long, List<Long>> componentsByItem(List<BomCommand> proposed) {
		Map<Long, List<Long>> graph = new HashMap<>();
		boms.findAllEdges()
			.forEach(edge -> graph.computeIfAbsent(edge.parentItemId(), p -> new ArrayList<>())
				.add(edge.componentItemId()));
		for (BomCommand command : proposed) {
			graph.put(command.itemId(), command.lines().stream().map(BomLineCommand::componentItemId).toList());
		}
		return graph;
	}

	private List<FieldError> cycles(BomCommand command, BomCycleCheck check) {
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < command.lines().size(); i++) {
			int line = i;
			long component = command.lines().get(i).componentItemId();
			if (component != command.itemId()) {
				check.cycleThrough(command.itemId(), component)
					.ifPresent(cycle -> errors.add(FieldError.of("lines[" + line + "].componentItemId",
							"catalog.bom.cycle", codes(cycle))));
			}
		}
		return errors;
	}

	private String codes(List<Long> path) {
		Map<Long, Item> itemById = items.findAllById(Set.copyOf(path))
			.stream()
			.collect(Collectors.toMap(Item::getId, Function.identity()));
		return path.stream().map(id -> itemById.get(id).getCode()).collect(Collectors.joining(" → "));
	}
}
