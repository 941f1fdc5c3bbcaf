package io.atelier.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.atelier.catalog.Items.ItemCommand;
import io.atelier.catalog.Items.ItemView;
import io.atelier.shared.tabular.Cells;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.TabularMapping;

/** One item per row, by code; the product family by its code. */
class ItemTabular implements TabularMapping<ItemView, ItemCommand> {

	private final Function<String, Optional<Long>> familyIdByCode;

	ItemTabular(Function<String, Optional<Long>> familyIdByCode) {
		this.familyIdByCode = familyIdByCode;
	}

	@Override
	public List<String> columns() {
		return List.of("code", "name", "type", "unit", "procurement", "leadTimeDays", "productFamilyCode",
				"description");
	}

	@Override
	public List<List<Object>> rowsOf(ItemView i) {
		return List.of(Arrays.asList(i.code(), i.name(), i.type(), i.unit(), i.procurement(), i.leadTimeDays(),
				i.productFamilyCode(), i.description()));
	}

	@Override
	public List<Numbered<ItemCommand>> commandsOf(List<Row> rows, List<RowError> errors) {
		List<Numbered<ItemCommand>> commands = new ArrayList<>();
		for (Row row : rows) {
			Cells cells = new Cells(row, errors);
			int before = errors.size();
			ItemCommand command = new ItemCommand(null, cells.text("code"), cells.text("name"),
					cells.enumValue("type", ItemType.class), cells.enumValue("unit", Unit.class),
					cells.enumValue("procurement", Procurement.class), cells.integer("leadTimeDays"),
					CodeCells.id(cells, "productFamilyCode", familyIdByCode), cells.text("description"));
			if (errors.size() == before) {
				commands.add(new Numbered<>(row.number(), command));
			}
		}
		return commands;
	}
}
