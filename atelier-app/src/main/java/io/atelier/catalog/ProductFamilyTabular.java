package io.atelier.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.atelier.catalog.ProductFamilies.ProductFamilyCommand;
import io.atelier.catalog.ProductFamilies.ProductFamilyView;
import io.atelier.shared.tabular.Cells;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.TabularMapping;

/** One product family per row, by code. */
class ProductFamilyTabular implements TabularMapping<ProductFamilyView, ProductFamilyCommand> {

	@Override
	public List<String> columns() {
		return List.of("code", "name", "description");
	}

	@Override
	public List<List<Object>> rowsOf(ProductFamilyView f) {
		return List.of(Arrays.asList(f.code(), f.name(), f.description()));
	}

	@Override
	public List<Numbered<ProductFamilyCommand>> commandsOf(List<Row> rows, List<RowError> errors) {
		List<Numbered<ProductFamilyCommand>> commands = new ArrayList<>();
		for (Row row : rows) {
			Cells cells = new Cells(row, errors);
			commands.add(new Numbered<>(row.number(),
					new ProductFamilyCommand(null, cells.text("code"), cells.text("name"), cells.text("description"))));
		}
		return commands;
	}
}
