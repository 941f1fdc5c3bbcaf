package io.atelier.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.ReferenceCheck;
import io.atelier.shared.masterdata.MasterDataService;
import io.atelier.shared.masterdata.Specifications;
import io.atelier.shared.masterdata.Versioned;
import io.atelier.shared.tabular.TabularMapping;

/** Maintains items and lets other modules look them up. */
@Service
public class Items extends MasterDataService<Item, Items.ItemView, Items.ItemCommand, Items.ItemFilter> {

	private final ItemRepository items;

	private final ProductFamilyRepository families;

	private final BomRepository boms;

	private final RoutingRepository routings;

	private final StructureCache cache;

	Items(ItemRepository items, ProductFamilyRepository families, BomRepository boms, RoutingRepository routings,
			StructureCache cache, ReferenceCheck references, Validator validator) {
		super(items, references, validator);
		this.cache = cache;
		this.items = items;
		this.families = families;
		this.boms = boms;
		this.routings = routings;
	}

	public record ItemView(long id, long version, String code, String name, ItemType type, Unit unit,
			Procurement procurement, Integer leadTimeDays, Long productFamilyId, String productFamilyCode,
			String productFamilyName, String description, Instant createdAt, Instant updatedAt) {
	}

	/** {@code leadTimeDays} is required for bought items and must be empty (or 0) for made ones. */
	public record ItemCommand(Long version, @NotBlank @Size(max = 40) String code,
			@NotBlank @Size(max = 200) String name, @NotNull ItemType type, @NotNull Unit unit,
			@NotNull Procurement procurement, @Min(0) @Max(3650) Integer leadTimeDays, Long productFamilyId,
			@Size(max = 2000) String description) implements Versioned {
	}

	public record ItemFilter(ItemType type, Procurement procurement, Long productFamilyId) {
	}

	/** What other modules need to know of an item; {@code leadTimeDays} is null for made items. */
	public record ItemRef(long id, String code, String name, ItemType type, Unit unit, Procurement procurement,
			Integer leadTimeDays, Long productFamilyId) {
	}

	@Transactional(readOnly = true)
	public Optional<ItemRef> find(long id) {
		return cache.get("item", id, key -> items.findById(key).map(Items::ref));
	}

	@Transactional(readOnly = true)
	public Optional<ItemRef> findByCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return cache.get("item-code-ignore-case", code.toUpperCase(Locale.ROOT),
				key -> items.findByCodeIgnoreCase(code).map(Items::ref));
	}

	/** The items with exactly these codes, by code (unknown codes are left out): one query for a whole order. */
	@Transactional(readOnly = true)
	public Map<String, ItemRef> findAllByCode(Collection<String> codes) {
		return cache.getAll("item-code", codes, missing -> items.findByCodeIn(missing)
			.stream()
			.map(Items::ref)
			.collect(Collectors.toMap(ItemRef::code, r -> r)));
	}

	/** The items with these ids, by id (unknown ids are left out): one query for a whole page or order. */
	@Transactional(readOnly = true)
	public Map<Long, ItemRef> findAll(Collection<Long> ids) {
		return cache.getAll("item", ids, missing -> items.findAllById(missing)
			.stream()
			.map(Items::ref)
			.collect(Collectors.toMap(ItemRef::id, r -> r)));
	}

	static ItemRef ref(Item item) {
		return new ItemRef(item.getId(), item.getCode(), item.getName(), item.getType(), item.getUnit(),
				item.getProcurement(), item.getLeadTimeDays(), item.getProductFamilyId());
	}

	@Override
	public String entityType() {
		return "Item";
	}

	@Override
	public TabularMapping<ItemView, ItemCommand> tabular() {
		return new ItemTabular(code -> families.findByCodeIgnoreCase(code).map(ProductFamily::getId));
	}

	@Override
	protected Set<String> sortableFields() {
		return Set.of("code", "name", "type", "unit", "procurement", "leadTimeDays", "createdAt", "updatedAt");
	}

	@Override
	protected Specification<Item> specification(ItemFilter filter, String q) {
		ItemFilter f = filter == null ? new ItemFilter(null, null, null) : filter;
		return Specifications.<Item>search(q, "code", "name")
			.and(Specifications.equal("type", f.type()))
			.and(Specifications.equal("procurement", f.procurement()))
			.and(Specifications.equal("productFamilyId", f.productFamilyId()));
	}

	@Override
	protected ItemView toView(Item item) {
		return toViews(List.of(item)).get(0);
	}

	@Override
	protected List<ItemView> toViews(List<Item> page) {
		Set<Long> familyIds = page.stream()
			.map(Item::getProductFamilyId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, ProductFamily> familyById = families.findAllById(familyIds)
			.stream()
			.collect(Collectors.toMap(ProductFamily::getId, Function.identity()));
		return page.stream().map(item -> view(item, familyById.get(item.getProductFamilyId()))).toList();
	}

	private static ItemView view(Item i, ProductFamily family) {
		return new ItemView(i.getId(), i.getVersion(), i.getCode(), i.getName(), i.getType(), i.getUnit(),
				i.getProcurement(), i.getLeadTimeDays(), i.getProductFamilyId(),
				family == null ? null : family.getCode(), family == null ? null : family.getName(), i.getDescription(),
				i.getCreatedAt(), i.getUpdatedAt());
	}

	@Override
	protected String label(Item item) {
		return item.getCode();
	}

	@Override
	protected Optional<Item> findByKey(ItemCommand command) {
		return command.code() == null ? Optional.empty() : items.findByCodeIgnoreCase(command.code());
	}

	@Override
	protected Object importKey(ItemCommand command) {
		return codeKey(command.code());
	}

	@Override
	protected Item newEntity(ItemCommand command) {
		return new Item(command);
	}

	@Override
	protected void apply(Item item, ItemCommand command) {
		item.change(command);
	}

	@Override
	protected List<FieldError> check(ItemCommand command, Item existing) {
		List<FieldError> errors = new ArrayList<>();
		if (command.productFamilyId() != null && !families.existsById(command.productFamilyId())) {
			errors.add(FieldError.of("productFamilyId", "validation.unknown-reference", command.productFamilyId()));
		}
		if (command.procurement() == Procurement.BUY && command.leadTimeDays() == null) {
			errors.add(FieldError.of("leadTimeDays", "catalog.item.lead-time-required"));
		}
		if (command.procurement() == Procurement.MAKE && command.leadTimeDays() != null && command.leadTimeDays() != 0) {
			errors.add(FieldError.of("leadTimeDays", "catalog.item.lead-time-of-made-item"));
		}
		if (existing != null && existing.isMade() && command.procurement() == Procurement.BUY) {
			errors.addAll(stillMade(existing));
		}
		return errors;
	}

	/** A bought item has no BOM or routing; one that has them must lose them before it can be bought. */
	private List<FieldError> stillMade(Item item) {
		if (boms.existsByItemId(item.getId())) {
			return List.of(FieldError.of("procurement", "catalog.item.has-bom", item.getCode()));
		}
		if (routings.existsByItemId(item.getId())) {
			return List.of(FieldError.of("procurement", "catalog.item.has-routing", item.getCode()));
		}
		return List.of();
	}
}
