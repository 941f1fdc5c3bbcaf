package io.atelier.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The multi-level explosion of a BOM: every component at every level, in depth-first order, with the gross quantity
 * needed to make a given quantity of the top item. A component's gross quantity is its parent's gross quantity times the
 * quantity per parent, divided by {@code 1 - scrapFactor}: the scrap share is lost from what is issued, so more has to be
 * issued than ends up in the parent. Quantities are carried at full precision and shown rounded up to four decimals,
 * so that a need is never understated.
 */
final class BomExplosion {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	/** One component at one place in the structure; level 1 are the direct components of the top item. */
	record Node(int level, long itemId, BigDecimal quantityPerParent, BigDecimal scrapFactor, BigDecimal grossQuantity) {
	}

	private final Map<Long, List<BomLine>> linesOf;

	/** @param linesOf the BOM lines of every made item below the top item (items without an entry are not made) */
	BomExplosion(Map<Long, List<BomLine>> linesOf) {
		this.linesOf = linesOf;
	}

	List<Node> explode(long itemId, BigDecimal quantity) {
		List<Node> nodes = new ArrayList<>();
		descend(itemId, quantity, 1, new HashSet<>(Set.of(itemId)), nodes);
		return nodes;
	}

	static BigDecimal gross(BigDecimal parentGross, BigDecimal quantityPerParent, BigDecimal scrapFactor) {
		return parentGross.multiply(quantityPerParent, PRECISION).divide(BigDecimal.ONE.subtract(scrapFactor), PRECISION);
	}

	private void descend(long itemId, BigDecimal parentGross, int level, Set<Long> path, List<Node> nodes) {
		for (BomLine line : linesOf.getOrDefault(itemId, List.of())) {
			BigDecimal gross = gross(parentGross, line.quantity(), line.scrapFactor());
			nodes.add(new Node(level, line.componentItemId(), line.quantity(), line.scrapFactor(),
					gross.setScale(BomLine.SCALE, RoundingMode.CEILING)));
			// the cycle check keeps cycles out; the path guard only makes sure a racing write cannot loop us forever
			if (path.add(line.componentItemId())) {
				descend(line.componentItemId(), gross, level + 1, path, nodes);
				path.remove(line.componentItemId());
			}
		}
	}
}
