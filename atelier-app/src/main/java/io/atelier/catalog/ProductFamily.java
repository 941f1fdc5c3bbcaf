package io.atelier.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.atelier.shared.domain.AggregateRoot;

/**
 * A product family (产品族): items that run on a machine without a changeover between them, typically the same
 * material and colour. Setup matrices give the changeover time from one family to another.
 */
@Entity
@Table(name = "product_family")
class ProductFamily extends AggregateRoot {

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 2000)
	private String description;

	protected ProductFamily() {
	}

	ProductFamily(ProductFamilies.ProductFamilyCommand command) {
		change(command);
	}

	void change(ProductFamilies.ProductFamilyCommand command) {
		this.code = command.code();
		this.name = command.name();
		this.description = command.description();
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	String getDescription() {
		return description;
	}

	@Override
	public String auditLabel() {
		return code;
	}
}
