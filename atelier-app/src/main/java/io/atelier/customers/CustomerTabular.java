package io.atelier.customers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.atelier.customers.Customers.CustomerCommand;
import io.atelier.customers.Customers.CustomerView;
import io.atelier.shared.tabular.Cells;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.TabularMapping;

/** One customer per row, by code. */
class CustomerTabular implements TabularMapping<CustomerView, CustomerCommand> {

	@Override
	public List<String> columns() {
		return List.of("code", "name", "contactName", "phone", "email", "address", "notes", "active");
	}

	@Override
	public List<List<Object>> rowsOf(CustomerView c) {
		return List.of(Arrays.asList(c.code(), c.name(), c.contactName(), c.phone(), c.email(), c.address(), c.notes(),
				c.active()));
	}

	@Override
	public List<Numbered<CustomerCommand>> commandsOf(List<Row> rows, List<RowError> errors) {
		List<Numbered<CustomerCommand>> commands = new ArrayList<>();
		for (Row row : rows) {
			Cells cells = new Cells(row, errors);
			int before = errors.size();
			CustomerCommand command = new CustomerCommand(null, cells.text("code"), cells.text("name"),
					cells.text("contactName"), cells.text("phone"), cells.text("email"), cells.text("address"),
					cells.text("notes"), cells.bool("active"));
			if (errors.size() == before) {
				commands.add(new Numbered<>(row.number(), command));
			}
		}
		return commands;
	}
}
