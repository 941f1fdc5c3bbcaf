package io.atelier.orders;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.atelier.catalog.Boms;
import io.atelier.catalog.Items;
import io.atelier.catalog.Items.ItemRef;
import io.atelier.catalog.Procurement;
import io.atelier.catalog.Routings;
import io.atelier.catalog.Routings.RoutingRef;
import io.atelier.catalog.Routings.RoutingStepRef;
import io.atelier.catalog.Unit;
import io.atelier.configurator.Configuration;
import io.atelier.configurator.ProductConfigurator;
import io.atelier.shared.domain.RuleViolationException;

/**
 * Explodes a customer order into work orders (docs/orders.md, "Explosion into work orders"). Each line's product is the
 * top work order; a configured line takes its components and steps from its configuration (configured again with the
 * line's template version and values), a catalog line from the catalog's BOM and routing. Made components become child
 * work orders, exploded further through their own BOMs and routings; bought ones become material requirements.
 * <p>
 * A component's quantity is the parent work order's quantity times the quantity per unit, divided by
 * {@code 1 - scrapFactor}, at full precision, then rounded <em>up</em>: to whole units for items counted in pieces or
 * sets, to four decimals otherwise (a need is never understated). Children are computed from the rounded quantity of
 * the work order that makes them. Until planning gives start dates, a work order is due when its parent starts and
 * starts {@code atelier.orders.release.days-per-level} days (default 7) before it is due; its materials are needed at
 * its start.
 */
@Component
class OrderExplosion {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private static final int SCALE = 4;

	/** Deeper than any real product; only a structure changed into a loop while we read it gets this far. */
	private static final int MAX_LEVEL = 50;

	private final ProductConfigurator configurator;

	private final Items items;

	private final Boms boms;

	private final Routings routings;

	private final int daysPerLevel;

	OrderExplosion(ProductConfigurator configurator, Items items, Boms boms, Routings routings,
			@Value("${atelier.orders.release.days-per-level}") int daysPerLevel) {
		this.configurator = configurator;
		this.items = items;
		this.boms = boms;
		this.routings = routings;
		this.daysPerLevel = daysPerLevel;
	}

	/** A component a work order needs: the item, how much per unit of the work order, and the share lost. */
	private record Need(ItemRef item, BigDecimal quantityPerUnit, BigDecimal scrapFactor) {
	}

	/**
	 * @return the work orders in depth-first order, numbered 1, 2, … in that order
	 * @throws RuleViolationException naming the line when an item is unknown or a made item has no routing
	 */
	List<WorkOrder.Plan> explode(CustomerOrder order) {
		Explosion explosion = new Explosion();
		List<OrderLine.Content> lines = order.getLines();
		for (int i = 0; i < lines.size(); i++) {
			OrderLine.Content line = lines.get(i);
			LocalDate due = line.dueDate() != null ? line.dueDate() : order.getDueDate();
			explosion.line(line, "lines[" + i + "]", due);
		}
		return explosion.plans;
	}

	/**
	 * Explodes one line alone, as a change request re-explodes a changed line; its work orders are numbered 1, 2, …
	 * here, the caller numbers them on.
	 */
	List<WorkOrder.Plan> explodeLine(OrderLine.Content line, String field, LocalDate due) {
		Explosion explosion = new Explosion();
		explosion.line(line, field, due);
		return explosion.plans;
	}

	/** One explosion: the work orders so far and the catalog records read, each once. */
	private final class Explosion {

		private final List<WorkOrder.Plan> plans = new ArrayList<>();

		private final Map<String, ItemRef> itemByCode = new HashMap<>();

		/** Items whose routing and BOM were read (with or without finding one). */
		private final Set<Long> read = new HashSet<>();

		private final Map<Long, RoutingRef> routingByItem = new HashMap<>();

		private final Map<Long, List<Need>> bomByItem = new HashMap<>();

		private int lineNo;

		private String field;

		void line(OrderLine.Content line, String field, LocalDate due) {
			this.lineNo = line.lineNo();
			this.field = field;
			BigDecimal quantity = rounded(line.quantity(), itemByCode(line.itemCode()).unit());
			if (line.templateCode() != null) {
				Configuration configuration = configurator.configure(line.templateCode(), line.templateVersion(),
						line.parameters());
				ItemRef item = itemByCode(configuration.itemCode());
				Map<Integer, BigDecimal> steps = new HashMap<>();
				configuration.steps().forEach(step -> steps.put(step.stepNo(), step.runMinutesPerUnit()));
				preloadItems(configuration.components().stream().map(Configuration.Component::itemCode).toList());
				List<Need> needs = configuration.components()
					.stream()
					.map(c -> new Need(itemByCode(c.itemCode()), c.quantityPerUnit(), c.scrapFactor()))
					.toList();
				List<ItemRef> made = new ArrayList<>(List.of(item));
				needs.stream().map(Need::item).filter(i -> i.procurement() == Procurement.MAKE).forEach(made::add);
				readStructure(made);
				add(null, 1, item, quantity, due, steps, needs);
			}
			else {
				ItemRef item = itemByCode(line.itemCode());
				readStructure(List.of(item));
				add(null, 1, item, quantity, due, null, bomOf(item));
			}
		}

		/**
		 * Adds the work order of a made item and, depth first, those of its made components.
		 * @param steps the configured steps with their run minutes per unit (null: the routing's), or null for all
		 *     steps of the routing with its times
		 */
		private void add(Integer parentSeq, int level, ItemRef item, BigDecimal quantity, LocalDate due,
				Map<Integer, BigDecimal> steps, List<Need> needs) {
			if (level > MAX_LEVEL) {
				throw new IllegalStateException("the product structure of " + item.code() + " loops");
			}
			RoutingRef routing = routingOf(item)
				.orElseThrow(() -> new RuleViolationException(field + ".itemCode", "orders.release.no-routing", lineNo,
						item.code()));
			int seq = plans.size() + 1;
			plans.add(null); // the place of this work order, before its children
			LocalDate start = due.minusDays(daysPerLevel);
			List<MaterialRequirement> materials = new ArrayList<>();
			for (Need need : needs) {
				BigDecimal gross = quantity.multiply(need.quantityPerUnit(), PRECISION)
					.divide(BigDecimal.ONE.subtract(orZero(need.scrapFactor())), PRECISION);
				BigDecimal required = rounded(gross, need.item().unit());
				if (need.item().procurement() == Procurement.MAKE) {
					add(seq, level + 1, need.item(), required, start, null, bomOf(need.item()));
				}
				else {
					materials.add(new MaterialRequirement(need.item().id(), need.item().code(), need.item().name(),
							need.item().unit().name(), required, start, need.item().leadTimeDays()));
				}
			}
			plans.set(seq - 1, new WorkOrder.Plan(lineNo, seq, parentSeq, level, item.id(), item.code(), item.name(),
					item.unit().name(), quantity, due, operations(routing, steps, quantity), materials));
		}

		private Optional<RoutingRef> routingOf(ItemRef item) {
			readStructure(List.of(item));
			return Optional.ofNullable(routingByItem.get(item.id()));
		}

		private List<Need> bomOf(ItemRef item) {
			readStructure(List.of(item));
			return bomByItem.getOrDefault(item.id(), List.of());
		}

		/**
		 * Reads the routings and BOMs of the made items not read yet and, level by level, of their made components:
		 * a few queries for each level of the product structure rather than for each work order.
		 */
		private void readStructure(List<ItemRef> made) {
			Set<Long> level = new HashSet<>();
			made.stream().map(ItemRef::id).filter(read::add).forEach(level::add);
			while (!level.isEmpty()) {
				routingByItem.putAll(routings.findByItems(level));
				Map<Long, Boms.BomRef> found = boms.findByItems(level);
				Map<Long, ItemRef> components = items.findAll(found.values()
					.stream()
					.flatMap(bom -> bom.lines().stream().map(Boms.BomLineRef::componentItemId))
					.toList());
				Set<Long> next = new HashSet<>();
				for (Boms.BomRef bom : found.values()) {
					List<Need> needs = bom.lines()
						.stream()
						.map(l -> new Need(components.get(l.componentItemId()), l.quantity(), l.scrapFactor()))
						.toList();
					bomByItem.put(bom.itemId(), needs);
					needs.stream()
						.map(Need::item)
						.filter(i -> i != null && i.procurement() == Procurement.MAKE && read.add(i.id()))
						.forEach(i -> next.add(i.id()));
				}
				level = next;
			}
		}

		private void preloadItems(List<String> codes) {
			List<String> missing = codes.stream()
				.filter(code -> !itemByCode.containsKey(code.toUpperCase(Locale.ROOT)))
				.toList();
			if (!missing.isEmpty()) {
				items.findAllByCode(missing)
					.forEach((code, item) -> itemByCode.put(code.toUpperCase(Locale.ROOT), item));
			}
		}

		private ItemRef itemByCode(String code) {
			ItemRef item = itemByCode.computeIfAbsent(code.toUpperCase(Locale.ROOT),
					c -> items.findByCode(code).orElse(null));
			if (item == null) {
				throw new RuleViolationException(field + ".itemCode", "orders.release.unknown-item", lineNo, code);
			}
			return item;
		}
	}

	/**
	 * The operations of a routing for a quantity: the configured steps only (a step left out is bypassed: a later step
	 * waits for the left-out step's own predecessors instead), each machine's run minutes per unit from the
	 * configuration (the first machine's; the others keep their ratio to it) or the routing.
	 */
	static List<Operation.Plan> operations(RoutingRef routing, Map<Integer, BigDecimal> configured,
			BigDecimal quantity) {
		Map<Integer, RoutingStepRef> byNo = new LinkedHashMap<>();
		routing.steps().forEach(step -> byNo.put(step.stepNo(), step));
		Set<Integer> kept = configured == null ? byNo.keySet() : configured.keySet();
		List<Operation.Plan> operations = new ArrayList<>();
		for (RoutingStepRef step : byNo.values()) {
			if (!kept.contains(step.stepNo())) {
				continue;
			}
			BigDecimal derived = configured == null ? null : configured.get(step.stepNo());
			operations.add(new Operation.Plan(step.stepNo(), step.name(), step.workCenterId(), step.skillId(),
					step.workers(), step.minLagMinutes(), List.copyOf(predecessors(step, byNo, kept, new TreeSet<>())),
					machines(step, derived, quantity)));
		}
		operations.sort(Comparator.comparingInt(Operation.Plan::stepNo));
		return operations;
	}

	private static Set<Integer> predecessors(RoutingStepRef step, Map<Integer, RoutingStepRef> byNo, Set<Integer> kept,
			Set<Integer> found) {
		for (int before : step.predecessors()) {
			if (kept.contains(before)) {
				found.add(before);
			}
			else if (byNo.containsKey(before)) {
				predecessors(byNo.get(before), byNo, kept, found); // routings are acyclic, so this ends
			}
		}
		return found;
	}

	private static List<OperationMachine> machines(RoutingStepRef step, BigDecimal derived, BigDecimal quantity) {
		BigDecimal first = step.machines().get(0).runMinutesPerUnit();
		return step.machines().stream().map(machine -> {
			BigDecimal perUnit = derived == null ? machine.runMinutesPerUnit()
					: derived.multiply(machine.runMinutesPerUnit(), PRECISION).divide(first, PRECISION);
			perUnit = perUnit.setScale(SCALE, RoundingMode.HALF_UP);
			return new OperationMachine(machine.machineId(), perUnit, machine.setupMinutes(),
					perUnit.multiply(quantity).setScale(SCALE, RoundingMode.HALF_UP));
		}).toList();
	}

	/** Rounded up: to whole units for pieces and sets, else to four decimals. */
	static BigDecimal rounded(BigDecimal quantity, Unit unit) {
		boolean discrete = unit == Unit.PCS || unit == Unit.SET;
		return quantity.setScale(discrete ? 0 : SCALE, RoundingMode.CEILING);
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
