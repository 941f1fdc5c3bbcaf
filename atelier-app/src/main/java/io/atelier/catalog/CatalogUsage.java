package io.atelier.catalog;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import io.atelier.shared.domain.Usage;
import io.atelier.shared.domain.UsageProbe;

/**
 * Items and product families that the catalog's own records still refer to cannot be deleted: an item in a BOM (as the
 * parent or a component) or with a routing, a family of an item or in a setup matrix.
 */
@Component
class CatalogUsage implements UsageProbe {

	private static final int SHOWN = 5;

	private final BomRepository boms;

	private final RoutingRepository routings;

	private final ItemRepository items;

	private final SetupMatrixRepository matrices;

	/** Provided late: the lookups go through services that themselves need the probes, to check their deletes. */
	private final ObjectProvider<ResourceLookup> resources;

	CatalogUsage(BomRepository boms, RoutingRepository routings, ItemRepository items, SetupMatrixRepository matrices,
			ObjectProvider<ResourceLookup> resources) {
		this.boms = boms;
		this.routings = routings;
		this.items = items;
		this.matrices = matrices;
		this.resources = resources;
	}

	@Override
	public List<Usage> usagesOf(String entityType, long id) {
		return switch (entityType) {
			case "Item" -> usagesOfItem(id);
			case "ProductFamily" -> usagesOfFamily(id);
			default -> List.of();
		};
	}

	private List<Usage> usagesOfItem(long itemId) {
		List<Usage> usages = new ArrayList<>();
		boms.findByItemId(itemId).ifPresent(bom -> usages.add(new Usage("BillOfMaterials", bom.auditLabel())));
		routings.findByItemId(itemId).ifPresent(routing -> usages.add(new Usage("Routing", routing.auditLabel())));
		boms.findUsingComponent(itemId, Limit.of(SHOWN))
			.forEach(bom -> usages.add(new Usage("BillOfMaterials", bom.auditLabel())));
		return usages;
	}

	private List<Usage> usagesOfFamily(long familyId) {
		List<Usage> usages = new ArrayList<>();
		items.findTop5ByProductFamilyIdOrderByCode(familyId).forEach(item -> usages.add(new Usage("Item", item.getCode())));
		ResourceLookup.Session lookup = resources.getObject().session();
		matrices.findMachinesUsingFamily(familyId, Limit.of(SHOWN))
			.forEach(machineId -> usages.add(new Usage("SetupMatrix",
					lookup.machine(machineId).map(m -> m.code()).orElse(String.valueOf(machineId)))));
		return usages;
	}
}
