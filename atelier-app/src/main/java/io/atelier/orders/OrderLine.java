package io.atelier.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import io.atelier.shared.domain.Aggregate;
import io.atelier.shared.domain.AuditedPart;

/**
 * A line (订单行) of a customer order: either a configured product (the template version it was configured with and
 * the normalised parameter values, which always configure the same product again) or a plain catalog product; its
 * quantity and, when it differs from the order's, its own due date.
 */
@Entity
@Table(name = "order_line")
class OrderLine implements AuditedPart {

	/** A line's content once checked: the item is the configured product's or the catalog product's. */
	record Content(int lineNo, String templateCode, Integer templateVersion, Map<String, String> parameters,
			String itemCode, BigDecimal quantity, LocalDate dueDate) {

		Content {
			parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(parameters));
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "order_id", nullable = false)
	private CustomerOrder order;

	@Column(nullable = false)
	private int lineNo;

	private String templateCode;

	private Integer templateVersion;

	@ElementCollection
	@CollectionTable(name = "order_line_parameter", joinColumns = @JoinColumn(name = "line_id"))
	@MapKeyColumn(name = "code")
	@Column(name = "value", nullable = false)
	private Map<String, String> parameters = new TreeMap<>();

	@Column(nullable = false)
	private String itemCode;

	@Column(nullable = false)
	private BigDecimal quantity;

	private LocalDate dueDate;

	protected OrderLine() {
	}

	OrderLine(CustomerOrder order, Content content) {
		this.order = order;
		this.lineNo = content.lineNo();
		change(content);
	}

	/** @return whether anything changed */
	boolean change(Content content) {
		boolean changed = !Objects.equals(templateCode, content.templateCode())
				|| !Objects.equals(templateVersion, content.templateVersion())
				|| !Objects.equals(itemCode, content.itemCode()) || !sameQuantity(content.quantity())
				|| !Objects.equals(dueDate, content.dueDate()) || !parameters.equals(content.parameters());
		templateCode = content.templateCode();
		templateVersion = content.templateVersion();
		itemCode = content.itemCode();
		quantity = content.quantity();
		dueDate = content.dueDate();
		if (!parameters.equals(content.parameters())) {
			parameters.clear();
			parameters.putAll(content.parameters());
		}
		return changed;
	}

	private boolean sameQuantity(BigDecimal other) {
		return quantity != null && other != null && quantity.compareTo(other) == 0;
	}

	int getLineNo() {
		return lineNo;
	}

	Content content() {
		return new Content(lineNo, templateCode, templateVersion, parameters, itemCode, quantity, dueDate);
	}

	@Override
	public Aggregate auditOwner() {
		return order;
	}

	@Override
	public String auditPartLabel() {
		return "lines[" + lineNo + "]";
	}
}
