package io.atelier.orders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.customers.Customers;
import io.atelier.orders.Orders.LineCommand;
import io.atelier.orders.Orders.OrderCommand;
import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.tabular.Cells;
import io.atelier.shared.tabular.ImportRejectedException;
import io.atelier.shared.tabular.ImportResult;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.RowGroups;

/**
 * Imports new orders from a file laid out as {@link OrderTabular} describes, all or nothing: every order is checked
 * as if entered by hand (customer, lines through the configurator), every error is reported with its row and column,
 * and only a file without errors creates anything. An order number that already exists is an error: an import never
 * changes an existing order, which may already be in production.
 */
@Service
public class OrderImport {

	private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(.+)");

	private final Orders orders;

	private final Customers customers;

	OrderImport(Orders orders, Customers customers) {
		this.orders = orders;
		this.customers = customers;
	}

	@Transactional
	public ImportResult importRows(List<Row> rows) {
		if (rows.isEmpty()) {
			throw new RuleViolationException("file", "import.empty");
		}
		List<RowError> errors = new ArrayList<>();
		List<CustomerOrder> checked = new ArrayList<>();
		for (List<Row> group : RowGroups.byCode(rows, "orderNumber", errors)) {
			Row header = RowGroups.record(group, OrderTabular.ORDER_COLUMNS, errors);
			int before = errors.size();
			OrderCommand command = command(header, group, errors);
			if (errors.size() > before) {
				continue;
			}
			try {
				checked.add(orders.newOrder(command, "lines"));
			}
			catch (RuleViolationException ex) {
				ex.errors().forEach(error -> errors.add(rowError(error, header, group)));
			}
			catch (ConflictException ex) {
				errors.add(new RowError(header.number(), FieldError.of("orderNumber", ex.messageKey(),
						ex.args().toArray())));
			}
		}
		if (!errors.isEmpty()) {
			throw new ImportRejectedException(errors.stream().sorted((a, b) -> Integer.compare(a.row(), b.row())).toList());
		}
		checked.forEach(orders::save);
		return new ImportResult(checked.size(), 0);
	}

	private OrderCommand command(Row header, List<Row> group, List<RowError> errors) {
		Cells cells = new Cells(header, errors);
		String customerCode = cells.text("customer");
		Long customerId = null;
		if (customerCode == null) {
			cells.reject("customer", "validation.required");
		}
		else {
			customerId = customers.findByCode(customerCode).map(c -> c.id()).orElse(null);
			if (customerId == null) {
				cells.reject("customer", "import.unknown-code", customerCode);
			}
		}
		if (cells.text("requestedDate") == null) {
			cells.reject("requestedDate", "validation.required");
		}
		List<LineCommand> lines = new ArrayList<>();
		for (Row row : group) {
			LineCommand line = line(row, errors);
			if (line != null) {
				lines.add(line);
			}
		}
		return new OrderCommand(null, cells.text("orderNumber"), customerId, cells.date("requestedDate"),
				cells.enumValue("priority", Priority.class), cells.text("notes"), lines);
	}

	private LineCommand line(Row row, List<RowError> errors) {
		Cells cells = new Cells(row, errors);
		if (cells.text("templateCode") == null && cells.text("itemCode") == null && cells.text("quantity") == null) {
			return null; // an order row without a line
		}
		var quantity = cells.decimal("quantity");
		if (cells.text("quantity") == null) {
			cells.reject("quantity", "validation.required");
		}
		else if (quantity != null && quantity.signum() <= 0) {
			cells.reject("quantity", "orders.lines.quantity-positive");
		}
		Map<String, String> parameters = OrderTabular.parseParameters(cells.text("parameters"));
		if (parameters == null) {
			cells.reject("parameters", "orders.import.parameters-format");
			parameters = new LinkedHashMap<>();
		}
		for (var column : row.values().keySet()) {
			if (column.startsWith(OrderTabular.PARAMETER_PREFIX) && row.get(column) != null) {
				parameters.put(column.substring(OrderTabular.PARAMETER_PREFIX.length()), row.get(column));
			}
		}
		return new LineCommand(cells.integer("lineNo"), cells.text("templateCode"), cells.integer("templateVersion"),
				parameters, cells.text("itemCode"), quantity, cells.date("lineDueDate"));
	}

	/** An error of the order, pointed at the row of its line and the column the field came from. */
	private static RowError rowError(FieldError error, Row header, List<Row> group) {
		Matcher line = LINE_FIELD.matcher(error.field());
		if (!line.matches()) {
			String column = error.field().equals("customerId") ? "customer" : error.field();
			return new RowError(header.number(), new FieldError(column, error.messageKey(), error.args()));
		}
		Row row = lineRows(group).get(Integer.parseInt(line.group(1)));
		String field = line.group(2);
		if (!field.startsWith("parameters.")) {
			return new RowError(row.number(), new FieldError(field, error.messageKey(), error.args()));
		}
		String code = field.substring("parameters.".length());
		String column = OrderTabular.PARAMETER_PREFIX + code;
		if (row.values().containsKey(column)) {
			return new RowError(row.number(), new FieldError(column, error.messageKey(), error.args()));
		}
		var inner = new DefaultMessageSourceResolvable(new String[] { error.messageKey() }, error.args().toArray());
		return new RowError(row.number(), FieldError.of("parameters", "orders.import.parameter", code, inner));
	}

	private static List<Row> lineRows(List<Row> group) {
		return group.stream()
			.filter(row -> row.get("templateCode") != null || row.get("itemCode") != null || row.get("quantity") != null)
			.toList();
	}
}
