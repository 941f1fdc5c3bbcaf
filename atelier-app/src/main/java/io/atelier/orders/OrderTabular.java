package io.atelier.orders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.atelier.orders.Orders.LineView;
import io.atelier.orders.Orders.OrderView;

/**
 * The file layout of orders, for export and import: one row per order line, the order's columns repeated on each of
 * its lines. A configured line's parameter values are one {@code parameters} cell, {@code width=1200;depth=800};
 * an import may instead give each in its own {@code param.<code>} column.
 */
final class OrderTabular {

	static final List<String> ORDER_COLUMNS = List.of("orderNumber", "customer", "requestedDate", "priority", "notes");

	static final List<String> LINE_COLUMNS = List.of("lineNo", "templateCode", "templateVersion", "itemCode",
			"quantity", "lineDueDate", "parameters");

	static final List<String> EXPORT_ONLY = List.of("status", "promisedDate");

	static final String PARAMETER_PREFIX = "param.";

	private OrderTabular() {
	}

	static List<String> columns() {
		List<String> columns = new ArrayList<>(ORDER_COLUMNS);
		columns.addAll(LINE_COLUMNS);
		columns.addAll(EXPORT_ONLY);
		return columns;
	}

	static List<List<Object>> rowsOf(OrderView order) {
		List<LineView> lines = order.lines().isEmpty() ? java.util.Collections.singletonList(null) : order.lines();
		List<List<Object>> rows = new ArrayList<>();
		for (LineView line : lines) {
			List<Object> row = new ArrayList<>(Arrays.asList(order.orderNumber(), order.customerCode(),
					order.requestedDate(), order.priority(), order.notes()));
			row.addAll(line == null ? Arrays.asList(null, null, null, null, null, null, null)
					: Arrays.asList(line.lineNo(), line.templateCode(), line.templateVersion(), line.itemCode(),
							line.quantity(), line.dueDate(), formatParameters(line.parameters())));
			row.addAll(Arrays.asList(order.status(), order.promisedDate()));
			rows.add(row);
		}
		return rows;
	}

	static String formatParameters(Map<String, String> parameters) {
		return parameters == null || parameters.isEmpty() ? null
				: parameters.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + e.getValue())
					.collect(Collectors.joining(";"));
	}

	/** {@code width=1200;depth=800}; null when a pair has no {@code =}. */
	static Map<String, String> parseParameters(String cell) {
		Map<String, String> values = new LinkedHashMap<>();
		if (cell == null) {
			return values;
		}
		for (String pair : cell.split(";")) {
			if (pair.isBlank()) {
				continue;
			}
			int eq = pair.indexOf('=');
			if (eq <= 0) {
				return null;
			}
			values.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
		}
		return values;
	}
}
