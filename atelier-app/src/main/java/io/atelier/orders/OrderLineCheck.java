package io.atelier.orders;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.atelier.catalog.ItemType;
import io.atelier.catalog.Items;
import io.atelier.configurator.Configuration;
import io.atelier.configurator.ProductConfigurator;
import io.atelier.orders.Orders.LineCommand;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;

/**
 * Turns the lines a person entered into checked line contents: a configured line goes through the configurator, which
 * checks and normalises its parameter values (its errors come back named after the line, e.g.
 * {@code lines[0].parameters.width}); a plain line must name a product of the catalog. Every line is checked, so that
 * all errors are reported at once.
 */
@Component
class OrderLineCheck {

	private final ProductConfigurator configurator;

	private final Items items;

	OrderLineCheck(ProductConfigurator configurator, Items items) {
		this.configurator = configurator;
		this.items = items;
	}

	/** @throws RuleViolationException naming {@code <prefix>[i].<field>} for every bad line */
	List<OrderLine.Content> check(List<LineCommand> lines, String prefix) {
		List<FieldError> errors = new ArrayList<>();
		List<OrderLine.Content> contents = new ArrayList<>();
		Set<Integer> lineNumbers = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			LineCommand line = lines.get(i);
			String field = prefix + "[" + i + "]";
			int lineNo = line.lineNo() == null ? i + 1 : line.lineNo();
			if (!lineNumbers.add(lineNo)) {
				errors.add(FieldError.of(field + ".lineNo", "orders.lines.duplicate-line-no", lineNo));
			}
			OrderLine.Content content = check(line, lineNo, field, errors);
			if (content != null) {
				contents.add(content);
			}
		}
		if (!errors.isEmpty()) {
			throw new RuleViolationException(errors);
		}
		return contents;
	}

	/** Checks one line that will stand at {@code field} (e.g. {@code lines[2]}); a change request checks this way. */
	OrderLine.Content checkOne(LineCommand line, int lineNo, String field) {
		List<FieldError> errors = new ArrayList<>();
		OrderLine.Content content = check(line, lineNo, field, errors);
		if (!errors.isEmpty()) {
			throw new RuleViolationException(errors);
		}
		return content;
	}

	private OrderLine.Content check(LineCommand line, int lineNo, String field, List<FieldError> errors) {
		if (line.templateCode() != null && !line.templateCode().isBlank()) {
			return configured(line, lineNo, field, errors);
		}
		if (line.itemCode() == null || line.itemCode().isBlank()) {
			errors.add(FieldError.of(field + ".templateCode", "orders.lines.product-required"));
			return null;
		}
		var item = items.findByCode(line.itemCode().trim());
		if (item.isEmpty()) {
			errors.add(FieldError.of(field + ".itemCode", "validation.unknown-reference", line.itemCode()));
			return null;
		}
		if (item.get().type() != ItemType.PRODUCT) {
			errors.add(FieldError.of(field + ".itemCode", "orders.lines.not-a-product", item.get().code()));
			return null;
		}
		return new OrderLine.Content(lineNo, null, null, null, item.get().code(), line.quantity(), line.dueDate());
	}

	private OrderLine.Content configured(LineCommand line, int lineNo, String field, List<FieldError> errors) {
		try {
			Configuration configuration = configurator.configure(line.templateCode().trim(), line.templateVersion(),
					line.parameters() == null ? java.util.Map.of() : line.parameters());
			return new OrderLine.Content(lineNo, configuration.templateCode(), configuration.templateVersion(),
					configuration.values(), configuration.itemCode(), line.quantity(), line.dueDate());
		}
		catch (RuleViolationException ex) {
			ex.errors()
				.forEach(error -> errors.add(new FieldError(field + "." + error.field(), error.messageKey(), error.args())));
		}
		catch (NotFoundException ex) {
			String at = line.templateVersion() == null ? ".templateCode" : ".templateVersion";
			errors.add(FieldError.of(field + at, "orders.lines.unknown-template", line.templateCode(),
					line.templateVersion() == null ? "-" : line.templateVersion()));
		}
		return null;
	}
}
