package io.atelier.orders;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of a split and a merge (docs/orders.md, "Split and merge"), chosen so that the parts always add up to
 * the whole exactly: the split-off part is computed (run minutes as the explosion does, {@code per unit × quantity};
 * materials and sub-assemblies in proportion, rounded half up to the unit's precision), and the original keeps the
 * whole minus the part. A batch takes the sum of its sources.
 */
final class SplitShares {

	private static final int SCALE = 4;

	private SplitShares() {
	}

	/** Whole pieces for items counted in pieces or sets, else four decimals (as the explosion rounds). */
	static int scaleOf(String unit) {
		return "PCS".equals(unit) || "SET".equals(unit) ? 0 : SCALE;
	}

	/** Whether the quantity can be made of this unit: whole pieces, at most four decimals otherwise. */
	static boolean fits(BigDecimal quantity, String unit) {
		return quantity.stripTrailingZeros().scale() <= scaleOf(unit);
	}

	/** {@code whole × part / of}, rounded half up to the unit's precision. */
	static BigDecimal share(BigDecimal whole, BigDecimal part, BigDecimal of, String unit) {
		return whole.multiply(part, MathContext.DECIMAL64)
			.divide(of, MathContext.DECIMAL64)
			.setScale(scaleOf(unit), RoundingMode.HALF_UP);
	}

	/** The machines of an operation for the split-off quantity: per unit and setup kept, run minutes as exploded. */
	static List<OperationMachine> machinesPart(List<OperationMachine> machines, BigDecimal quantity) {
		return machines.stream()
			.map(m -> new OperationMachine(m.machineId(), m.runMinutesPerUnit(), m.setupMinutes(),
					m.runMinutesPerUnit().multiply(quantity).setScale(SCALE, RoundingMode.HALF_UP)))
			.toList();
	}

	/** What the original keeps of each machine's run minutes: the whole minus the part. */
	static List<OperationMachine> machinesRest(List<OperationMachine> whole, List<OperationMachine> part) {
		List<OperationMachine> rest = new ArrayList<>();
		for (int i = 0; i < whole.size(); i++) {
			OperationMachine m = whole.get(i);
			rest.add(new OperationMachine(m.machineId(), m.runMinutesPerUnit(), m.setupMinutes(),
					m.runMinutes().subtract(part.get(i).runMinutes())));
		}
		return rest;
	}

	/** The materials in proportion to {@code quantity / of}; a material whose share rounds to nothing stays whole. */
	static List<MaterialRequirement> materialsPart(List<MaterialRequirement> materials, BigDecimal quantity, BigDecimal of) {
		return materials.stream()
			.map(m -> withQuantity(m, share(m.quantity(), quantity, of, m.unit())))
			.filter(m -> m.quantity().signum() > 0)
			.toList();
	}

	/** The materials the original keeps: each whole minus its part. */
	static List<MaterialRequirement> materialsRest(List<MaterialRequirement> whole, List<MaterialRequirement> part) {
		Map<Long, BigDecimal> taken = new LinkedHashMap<>();
		part.forEach(m -> taken.merge(m.itemId(), m.quantity(), BigDecimal::add));
		List<MaterialRequirement> rest = new ArrayList<>();
		for (MaterialRequirement m : whole) {
			BigDecimal left = m.quantity().subtract(taken.getOrDefault(m.itemId(), BigDecimal.ZERO));
			taken.remove(m.itemId()); // an item listed twice gives up its part once
			if (left.signum() > 0) {
				rest.add(withQuantity(m, left));
			}
		}
		return rest;
	}

	/** The machines of a batch's operation: each machine's run minutes summed over the sources. */
	static List<OperationMachine> machinesSum(List<List<OperationMachine>> sources) {
		List<OperationMachine> first = sources.get(0);
		List<OperationMachine> sum = new ArrayList<>();
		for (int i = 0; i < first.size(); i++) {
			int position = i;
			BigDecimal minutes = sources.stream()
				.map(machines -> machines.get(position).runMinutes())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			OperationMachine m = first.get(i);
			sum.add(new OperationMachine(m.machineId(), m.runMinutesPerUnit(), m.setupMinutes(), minutes));
		}
		return sum;
	}

	/** The materials of a batch: per item, the sum of the sources' quantities, needed at the earliest need date. */
	static List<MaterialRequirement> materialsSum(List<List<MaterialRequirement>> sources) {
		Map<Long, MaterialRequirement> byItem = new LinkedHashMap<>();
		sources.stream().flatMap(List::stream).forEach(m -> byItem.merge(m.itemId(), m,
				(a, b) -> new MaterialRequirement(a.itemId(), a.itemCode(), a.itemName(), a.unit(),
						a.quantity().add(b.quantity()), a.needDate().isBefore(b.needDate()) ? a.needDate() : b.needDate(),
						a.leadTimeDays())));
		return List.copyOf(byItem.values());
	}

	private static MaterialRequirement withQuantity(MaterialRequirement m, BigDecimal quantity) {
		return new MaterialRequirement(m.itemId(), m.itemCode(), m.itemName(), m.unit(), quantity, m.needDate(),
				m.leadTimeDays());
	}
}
