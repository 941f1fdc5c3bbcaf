package io.atelier.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.ReferenceCheck;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.masterdata.Versioned;
import io.atelier.shared.tabular.ImportRejectedException;
import io.atelier.shared.tabular.ImportResult;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;

/** Maintains bills of materials, explodes them over all levels, and lets other modules read them. */
@Service
public class Boms extends ItemRecords<BillOfMaterials, Boms.BomView, Boms.BomCommand, Boms.BomFilter> {

	private final BomRepository boms;

	private final BomStructure structure;

	private final StructureCache cache;

	Boms(BomRepository boms, ItemRepository items, BomStructure structure, StructureCache cache,
			ReferenceCheck references, Validator validator) {
		super(boms, items, references, validator);
		this.cache = cache;
		this.boms = boms;
		this.structure = structure;
	}

	public record BomView(long id, long version, long itemId, String itemCode, String itemName, Unit itemUnit,
			List<BomLineView> lines, Instant createdAt, Instant updatedAt) {
	}

	public record BomLineView(long componentItemId, String componentItemCode, String componentItemName,
			Unit componentItemUnit, BigDecimal quantity, BigDecimal scrapFactor) {
	}

	public record BomCommand(Long version, @NotNull Long itemId,
			@NotEmpty @Size(max = 500) List<@Valid BomLineCommand> lines) implements Versioned {
	}

	/** {@code quantity} of the component per one unit of the parent; {@code scrapFactor} empty means 0. */
	public record BomLineCommand(@NotNull Long componentItemId,
			@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 4) BigDecimal quantity,
			@DecimalMin("0") @DecimalMax(value = "1", inclusive = false) @Digits(integer = 1, fraction = 4) BigDecimal scrapFactor) {
	}

	public record BomFilter(Long itemId) {
	}

	/** What other modules need to know of a BOM: its direct components (explode further with {@link #findByItem}). */
	public record BomRef(long id, long itemId, String itemCode, List<BomLineRef> lines) {
	}

	public record BomLineRef(long componentItemId, BigDecimal quantity, BigDecimal scrapFactor) {
	}

	/** The multi-level explosion of a BOM for a quantity of its item (see {@link BomExplosion} for the arithmetic). */
	public record ExplosionView(long bomId, long itemId, String itemCode, String itemName, Unit unit,
			BigDecimal quantity, List<ExplosionNode> nodes) {
	}

	/** One component at one place of the structure, in depth-first order; level 1 are direct components. */
	public record ExplosionNode(int level, long itemId, String itemCode, String itemName, Unit unit,
			Procurement procurement, BigDecimal quantityPerParent, BigDecimal scrapFactor, BigDecimal grossQuantity) {
	}

	@Transactional(readOnly = true)
	public Optional<BomRef> find(long id) {
		return boms.findById(id).map(Boms::ref);
	}

	@Transactional(readOnly = true)
	public Optional<BomRef> findByItem(long itemId) {
		return cache.get("bom", itemId, key -> boms.findByItemId(key).map(Boms::ref));
	}

	/** The BOMs of these items, by item id (items without one are left out): a few queries for a whole level. */
	@Transactional(readOnly = true)
	public Map<Long, BomRef> findByItems(Collection<Long> itemIds) {
		return cache.getAll("bom", itemIds, missing -> boms.findByItemIdIn(missing)
			.stream()
			.map(Boms::ref)
			.collect(Collectors.toMap(BomRef::itemId, b -> b)));
	}

	private static BomRef ref(BillOfMaterials bom) {
		return new BomRef(bom.getId(), bom.getItem().getId(), bom.getItem().getCode(),
				bom.getLines()
					.stream()
					.map(l -> new BomLineRef(l.componentItemId(), l.quantity(), l.scrapFactor()))
					.toList());
	}

	@Transactional(readOnly = true)
	public ExplosionView explode(long id, BigDecimal quantity) {
		if (quantity == null || quantity.signum() <= 0) {
			throw new RuleViolationException("quantity", "catalog.bom.explosion-quantity");
		}
		BillOfMaterials bom = load(id);
		Map<Long, List<BomLine>> linesOf = structure.below(bom);
		List<BomExplosion.Node> nodes = new BomExplosion(linesOf).explode(bom.getItem().getId(), quantity);
		Map<Long, Item> itemById = itemsById(nodes.stream().map(BomExplosion.Node::itemId).collect(Collectors.toSet()));
		Item top = bom.getItem();
		return new ExplosionView(bom.getId(), top.getId(), top.getCode(), top.getName(), top.getUnit(), quantity,
				nodes.stream().map(node -> explosionNode(node, itemById.get(node.itemId()))).toList());
	}

	private static ExplosionNode explosionNode(BomExplosion.Node node, Item item) {
		return new ExplosionNode(node.level(), node.itemId(), item.getCode(), item.getName(), item.getUnit(),
				item.getProcurement(), node.quantityPerParent(), node.scrapFactor(), node.grossQuantity());
	}

	@Override
	public String entityType() {
		return "BillOfMaterials";
	}

	@Override
	public String collectionName() {
		return "boms";
	}

	@Override
	public BomTabular tabular() {
		return new BomTabular(this::itemIdByCode);
	}

	@Override
	protected Long itemIdOf(BomFilter filter) {
		return filter.itemId();
	}

	@Override
	protected BomView toView(BillOfMaterials bom) {
		return toViews(List.of(bom)).get(0);
	}

	@Override
	protected List<BomView> toViews(List<BillOfMaterials> page) {
		Map<Long, Item> itemById = itemsById(
				page.stream().flatMap(bom -> BomStructure.components(bom.getLines()).stream()).collect(Collectors.toSet()));
		return page.stream().map(bom -> view(bom, itemById)).toList();
	}

	private static BomView view(BillOfMaterials bom, Map<Long, Item> itemById) {
		Item item = bom.getItem();
		List<BomLineView> lines = bom.getLines().stream().map(line -> {
			Item component = itemById.get(line.componentItemId());
			return new BomLineView(line.componentItemId(), component.getCode(), component.getName(),
					component.getUnit(), line.quantity(), line.scrapFactor());
		}).toList();
		return new BomView(bom.getId(), bom.getVersion(), item.getId(), item.getCode(), item.getName(), item.getUnit(),
				lines, bom.getCreatedAt(), bom.getUpdatedAt());
	}

	private Map<Long, Item> itemsById(Collection<Long> ids) {
		return items.findAllById(ids).stream().collect(Collectors.toMap(Item::getId, Function.identity()));
	}

	@Override
	protected Optional<BillOfMaterials> findByItemId(long itemId) {
		return boms.findByItemId(itemId);
	}

	@Override
	protected Item itemOf(BillOfMaterials bom) {
		return bom.getItem();
	}

	@Override
	protected Long itemIdOf(BomCommand command) {
		return command.itemId();
	}

	@Override
	protected BillOfMaterials newEntity(BomCommand command) {
		return new BillOfMaterials(items.getReferenceById(command.itemId()), lines(command));
	}

	@Override
	protected void apply(BillOfMaterials bom, BomCommand command) {
		bom.change(items.getReferenceById(command.itemId()), lines(command));
	}

	private static List<BomLine> lines(BomCommand command) {
		return command.lines()
			.stream()
			.map(l -> new BomLine(l.componentItemId(), l.quantity(), l.scrapFactor()))
			.toList();
	}

	@Override
	protected List<FieldError> check(BomCommand command, BillOfMaterials existing) {
		Map<Long, Item> itemById = itemsById(Stream
			.concat(Stream.of(command.itemId()), command.lines().stream().map(BomLineCommand::componentItemId))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		List<FieldError> errors = new BomLineRules(command, itemById).check();
		return errors.isEmpty() ? structure.cycles(List.of(command)).get(0) : errors;
	}

	/**
	 * Also refuses files whose BOMs close a cycle only together (A takes B in one group, B takes A in another), which
	 * checking each BOM against the database alone would let through; errors point at the file's rows and columns.
	 */
	@Override
	@Transactional
	public ImportResult importRows(List<Row> rows) {
		BomTabular tabular = tabular();
		List<RowError> unreadable = new ArrayList<>();
		List<Numbered<BomCommand>> commands = tabular.commandsOf(rows, unreadable);
		if (unreadable.isEmpty()) {
			List<RowError> cycles = fileCycles(commands);
			if (!cycles.isEmpty()) {
				throw tabular.sources().pointAt(new ImportRejectedException(cycles));
			}
		}
		try {
			return super.importRows(rows);
		}
		catch (ImportRejectedException rejected) {
			throw tabular.sources().pointAt(rejected);
		}
	}

	private List<RowError> fileCycles(List<Numbered<BomCommand>> commands) {
		List<Numbered<BomCommand>> wellFormed = commands.stream()
			.filter(n -> n.command().itemId() != null
					&& n.command().lines().stream().allMatch(l -> l.componentItemId() != null))
			.toList();
		List<List<FieldError>> cycles = structure.cycles(wellFormed.stream().map(Numbered::command).toList());
		List<RowError> errors = new ArrayList<>();
		for (int i = 0; i < wellFormed.size(); i++) {
			int row = wellFormed.get(i).row();
			cycles.get(i).forEach(error -> errors.add(new RowError(row, error)));
		}
		return errors;
	}
}
