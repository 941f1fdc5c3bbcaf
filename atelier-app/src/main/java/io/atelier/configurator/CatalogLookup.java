package io.atelier.configurator;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.atelier.catalog.Items;
import io.atelier.catalog.Items.ItemRef;
import io.atelier.catalog.ProductFamilies;
import io.atelier.catalog.ProductFamilies.ProductFamilyRef;
import io.atelier.catalog.Routings;
import io.atelier.catalog.Routings.RoutingRef;

/** What templates need of the catalog, looked up through its public services, remembered for one request. */
@Component
class CatalogLookup {

	private final Items items;

	private final ProductFamilies families;

	private final Routings routings;

	CatalogLookup(Items items, ProductFamilies families, Routings routings) {
		this.items = items;
		this.families = families;
		this.routings = routings;
	}

	Session session() {
		return new Session();
	}

	/** Lookups for one request: each item, family and routing is read once. */
	final class Session {

		private final Map<Long, Optional<ItemRef>> itemById = new HashMap<>();

		private final Map<Long, Optional<ProductFamilyRef>> familyById = new HashMap<>();

		private final Map<Long, Optional<RoutingRef>> routingByItem = new HashMap<>();

		void preloadItems(Collection<Long> ids) {
			Map<Long, ItemRef> found = items.findAll(ids);
			ids.forEach(id -> itemById.putIfAbsent(id, Optional.ofNullable(found.get(id))));
		}

		Optional<ItemRef> item(Long id) {
			return id == null ? Optional.empty() : itemById.computeIfAbsent(id, items::find);
		}

		Optional<ProductFamilyRef> family(Long id) {
			return id == null ? Optional.empty() : familyById.computeIfAbsent(id, families::find);
		}

		Optional<ProductFamilyRef> familyByCode(String code) {
			return families.findByCode(code);
		}

		Optional<RoutingRef> routingOf(Long itemId) {
			return itemId == null ? Optional.empty() : routingByItem.computeIfAbsent(itemId, routings::findByItem);
		}
	}
}
