package io.atelier.configurator;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.AtelierIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
class DemoTemplateTests {

	@Autowired
	ProductConfigurator configurator;

	private static String quantity(Configuration configuration, String itemCode) {
		return configuration.components()
			.stream()
			.filter(c -> c.itemCode().equals(itemCode))
			.findFirst()
			.map(c -> c.quantityPerUnit().stripTrailingZeros().toPlainString())
			.orElse(null);
	}

	@Test
	void theDemoDiningTableWithItsDefaultsIsAWalnutLacqueredTopOfOnePointFourFourSquareMetres() {
		Configuration table = configurator.configure("TPL-TABLE", null, Map.of());
		assertThat(table.itemCode()).isEqualTo("PRD-TABLE-CUSTOM");
		assertThat(table.productFamilyCode()).isEqualTo("PF-WALNUT");
		assertThat(quantity(table, "MAT-VEN-WAL18")).isEqualTo("1.44");
		assertThat(quantity(table, "MAT-EDGE-WAL")).isEqualTo("5");
		assertThat(quantity(table, "MAT-CLEAR")).isEqualTo("0.216");
		assertThat(quantity(table, "MAT-OIL")).isNull();
		assertThat(quantity(table, "MAT-SCREW")).isEqualTo("24");
		assertThat(quantity(table, "MAT-CARTON")).isEqualTo("2");
		assertThat(table.steps()).extracting(Configuration.Step::stepNo).containsExactly(10, 20, 30, 40, 60);
		assertThat(table.steps().get(0).runMinutesPerUnit()).isEqualByComparingTo("3.44");
		assertThat(table.steps().get(3).runMinutesPerUnit()).isEqualByComparingTo("5.76");
		assertThat(table.steps().get(4).runMinutesPerUnit()).isEqualByComparingTo("12");
	}

	@Test
	void anOiledOakTableIsOiledInsteadOfLacqueredAndChangesFamily() {
		Configuration table = configurator.configure("TPL-TABLE", null,
				Map.of("width", "2000", "depth", "1000", "material", "oak", "finish", "oil", "engraving", "Anna"));
		assertThat(table.productFamilyCode()).isEqualTo("PF-OAK-MEL");
		assertThat(quantity(table, "MAT-MEL-OAK18")).isEqualTo("2");
		assertThat(quantity(table, "MAT-OIL")).isEqualTo("0.16");
		assertThat(table.steps()).extracting(Configuration.Step::stepNo).containsExactly(10, 20, 30, 50, 60);
		assertThat(table.steps().get(4).runMinutesPerUnit()).isEqualByComparingTo("20");
	}

	@Test
	void theDemoBookshelfFamilyComesFromAFormula() {
		Configuration shelf = configurator.configure("TPL-BOOKSHELF", null, Map.of("material", "white", "back", "false"));
		assertThat(shelf.productFamilyCode()).isEqualTo("PF-WHITE-MEL");
		// sides 2 × 1.8 × 0.3 = 1.08 m², 7 boards of 0.764 × 0.28 = 1.49744 m²
		assertThat(quantity(shelf, "MAT-MEL-WH18")).isEqualTo("2.5774");
		assertThat(quantity(shelf, "MAT-HDF3")).isNull();
		assertThat(quantity(shelf, "MAT-SCREW")).isEqualTo("8");
	}
}
