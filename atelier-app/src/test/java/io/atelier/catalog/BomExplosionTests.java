package io.atelier.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BomExplosionTests {

	private static final long CABINET = 1, CARCASS = 2, DOOR = 3, SIDE_PANEL = 4, BOARD = 5, HINGE = 6;

	private static BomLine line(long component, String quantity, String scrap) {
		return new BomLine(component, new BigDecimal(quantity), new BigDecimal(scrap));
	}

	private final BomExplosion explosion = new BomExplosion(Map.of(
			CABINET, List.of(line(CARCASS, "1", "0"), line(DOOR, "2", "0.02")),
			CARCASS, List.of(line(SIDE_PANEL, "2", "0.05"), line(HINGE, "4", "0")),
			SIDE_PANEL, List.of(line(BOARD, "0.5", "0.1"))));

	@Test
	void grossQuantitiesCompoundTheScrapOfEveryLevelAndAreRoundedUp() {
		List<BomExplosion.Node> nodes = explosion.explode(CABINET, new BigDecimal("10"));
		// worked by hand: 10 cabinets
		// carcass    10 × 1 / (1 − 0)        = 10
		// side panel 10 × 2 / (1 − 0.05)     = 21.0526315…  → 21.0527
		// board      21.0526315… × 0.5 / 0.9 = 11.6959064…  → 11.6960 (from the unrounded side-panel need)
		// hinge      10 × 4                  = 40
		// door       10 × 2 / (1 − 0.02)     = 20.4081632…  → 20.4082
		assertThat(nodes).extracting(BomExplosion.Node::itemId).containsExactly(CARCASS, SIDE_PANEL, BOARD, HINGE, DOOR);
		assertThat(nodes).extracting(BomExplosion.Node::level).containsExactly(1, 2, 3, 2, 1);
		assertThat(nodes).extracting(n -> n.grossQuantity().toPlainString())
			.containsExactly("10.0000", "21.0527", "11.6960", "40.0000", "20.4082");
	}

	@Test
	void anItemWithoutBomHasNoComponents() {
		assertThat(explosion.explode(BOARD, BigDecimal.ONE)).isEmpty();
	}

	@Test
	void aCycleWrittenByARaceDoesNotExplodeForever() {
		var looping = new BomExplosion(Map.of(1L, List.of(line(2, "1", "0")), 2L, List.of(line(1, "1", "0"))));
		assertThat(looping.explode(1, BigDecimal.ONE)).extracting(BomExplosion.Node::itemId).containsExactly(2L, 1L);
	}
}
