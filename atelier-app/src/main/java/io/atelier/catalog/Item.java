package io.atelier.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.atelier.shared.domain.AggregateRoot;

/**
 * An item (物料): a material the factory buys, a part or sub-assembly it makes or buys, or a product it sells. Made
 * items have a bill of materials and a routing; bought items have a lead time instead.
 */
@Entity
@Table(name = "item")
class Item extends AggregateRoot {

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ItemType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Unit unit;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Procurement procurement;

	private Integer leadTimeDays;

	private Long productFamilyId;

	@Column(length = 2000)
	private String description;

	protected Item() {
	}

	Item(Items.ItemCommand command) {
		change(command);
	}

	void change(Items.ItemCommand command) {
		this.code = command.code();
		this.name = command.name();
		this.type = command.type();
		this.unit = command.unit();
		this.procurement = command.procurement();
		// a made item's time comes from its routing; a lead time on it would be counted twice by planning
		this.leadTimeDays = command.procurement() == Procurement.BUY ? command.leadTimeDays() : null;
		this.productFamilyId = command.productFamilyId();
		this.description = command.description();
	}

	boolean isMade() {
		return procurement == Procurement.MAKE;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	ItemType getType() {
		return type;
	}

	Unit getUnit() {
		return unit;
	}

	Procurement getProcurement() {
		return procurement;
	}

	Integer getLeadTimeDays() {
		return leadTimeDays;
	}

	Long getProductFamilyId() {
		return productFamilyId;
	}

	String getDescription() {
		return description;
	}

	@Override
	public String auditLabel() {
		return code;
	}
}
