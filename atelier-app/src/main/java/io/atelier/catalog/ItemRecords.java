package io.atelier.catalog;

import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import io.atelier.shared.domain.AggregateRoot;
import io.atelier.shared.domain.ReferenceCheck;
import io.atelier.shared.masterdata.MasterDataRepository;
import io.atelier.shared.masterdata.MasterDataService;
import io.atelier.shared.masterdata.Versioned;

/**
 * Master data of which an item has at most one (its BOM, its routing): found by the item, and named by the item's code,
 * which is what people recognise in messages, files and the audit trail.
 */
abstract class ItemRecords<E extends AggregateRoot, V, C extends Versioned, F> extends MasterDataService<E, V, C, F> {

	protected final ItemRepository items;

	ItemRecords(MasterDataRepository<E> repository, ItemRepository items, ReferenceCheck references,
			Validator validator) {
		super(repository, references, validator);
		this.items = items;
	}

	protected abstract Optional<E> findByItemId(long itemId);

	protected abstract Item itemOf(E record);

	protected abstract Long itemIdOf(C command);

	/** The item the list filter asks for, or null for all. */
	protected abstract Long itemIdOf(F filter);

	/** The id of the item with this code: how import files name the owner. */
	protected Optional<Long> itemIdByCode(String code) {
		return items.findByCodeIgnoreCase(code).map(Item::getId);
	}

	@Override
	protected Set<String> sortableFields() {
		return Set.of("createdAt", "updatedAt");
	}

	@Override
	protected Sort defaultSort() {
		return Sort.by("item.code").and(Sort.by("id"));
	}

	@Override
	protected Specification<E> specification(F filter, String q) {
		return OwnerSpecifications.<E>ownedBy("item", filter == null ? null : itemIdOf(filter))
			.and(OwnerSpecifications.ownerMatches("item", q));
	}

	@Override
	protected String label(E record) {
		return itemOf(record).getCode();
	}

	@Override
	protected Optional<E> findByKey(C command) {
		Long itemId = itemIdOf(command);
		return itemId == null ? Optional.empty() : findByItemId(itemId);
	}

	@Override
	protected String keyField() {
		return "itemId";
	}

	@Override
	protected Object importKey(C command) {
		Long itemId = itemIdOf(command);
		return itemId == null ? null : items.findById(itemId).map(Item::getCode).orElse(null);
	}
}
