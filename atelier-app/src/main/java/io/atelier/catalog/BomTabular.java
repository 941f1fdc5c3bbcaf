package io.atelier.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.atelier.catalog.Boms.BomCommand;
import io.atelier.catalog.Boms.BomLineCommand;
import io.atelier.catalog.Boms.BomView;
import io.atelier.shared.tabular.Cells;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowGroups;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.TabularMapping;

/**
 * One row per BOM line, grouped by the parent's item code: a file replaces the whole BOM of every item it names.
 * Items are named by code.
 */
class BomTabular implements TabularMapping<BomView, BomCommand> {

	static final Map<String, String> COLUMNS = Map.of("itemId", "itemCode", "lines", "componentCode",
			"componentItemId", "componentCode");

	private final Function<String, Optional<Long>> itemIdByCode;

	private final ImportSources sources = new ImportSources(COLUMNS);

	BomTabular(Function<String, Optional<Long>> itemIdByCode) {
		this.itemIdByCode = itemIdByCode;
	}

	/** Where the lines of the commands last read came from. */
	ImportSources sources() {
		return sources;
	}

	@Override
	public List<String> columns() {
		return List.of("itemCode", "componentCode", "quantity", "scrapFactor");
	}

	@Override
	public List<List<Object>> rowsOf(BomView bom) {
		return bom.lines()
			.stream()
			.map(line -> Arrays.<Object>asList(bom.itemCode(), line.componentItemCode(), line.quantity(),
					line.scrapFactor()))
			.toList();
	}

	@Override
	public List<Numbered<BomCommand>> commandsOf(List<Row> rows, List<RowError> errors) {
		List<Numbered<BomCommand>> commands = new ArrayList<>();
		for (List<Row> group : RowGroups.byCode(rows, "itemCode", errors)) {
			int before = errors.size();
			int first = group.get(0).number();
			Long itemId = CodeCells.id(new Cells(group.get(0), errors), "itemCode", itemIdByCode);
			List<BomLineCommand> lines = new ArrayList<>();
			for (Row row : group) {
				Cells cells = new Cells(row, errors);
				sources.record(first, "lines[" + lines.size() + "]", row.number());
				lines.add(new BomLineCommand(CodeCells.id(cells, "componentCode", itemIdByCode), cells.decimal("quantity"),
						cells.decimal("scrapFactor")));
			}
			if (errors.size() == before) {
				commands.add(new Numbered<>(first, new BomCommand(null, itemId, lines)));
			}
		}
		return commands;
	}
}
