package io.atelier.catalog;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;


import io.atelier.shared.domain.AggregateRoot;

/**
 * The bill of materials (物料清单) of a made item: its direct components, one level deep. Components that are made
 * have bills of their own, which makes the structure multi-level; {@link BomCycleCheck} keeps it free of cycles.
 */
@Entity
@Table(name = "bill_of_materials")
class BillOfMaterials extends AggregateRoot {

	@ManyToOne(optional = false)
	@JoinColumn(name = "item_id", nullable = false, unique = true)
	private Item item;

	@ElementCollection
	@CollectionTable(name = "bom_line", joinColumns = @JoinColumn(name = "bom_id"))
	@OrderColumn(name = "position")
	private List<BomLine> lines = new ArrayList<>();

	protected BillOfMaterials() {
	}

	BillOfMaterials(Item item, List<BomLine> lines) {
		change(item, lines);
	}

	void change(Item item, List<BomLine> lines) {
		this.item = item;
		// replacing equal lines would still mark the collection dirty and move the version for nothing
		if (!this.lines.equals(lines)) {
			this.lines.clear();
			this.lines.addAll(lines);
		}
	}

	Item getItem() {
		return item;
	}

	List<BomLine> getLines() {
		return List.copyOf(lines);
	}

	@Override
	public String auditLabel() {
		return item.getCode();
	}
}
