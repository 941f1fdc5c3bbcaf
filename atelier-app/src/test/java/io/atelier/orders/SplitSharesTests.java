package io.atelier.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of splits and batches: the parts always add up to the whole, exactly. */
class SplitSharesTests {

	private static final LocalDate NEED = LocalDate.of(2026, 12, 1);

	private static MaterialRequirement material(long itemId, String unit, String quantity) {
		return new MaterialRequirement(itemId, "MAT-" + itemId, "material", unit, new BigDecimal(quantity), NEED, 3);
	}

	@Test
	void runMinutesOfAMeasuredQuantityAreRoundedForThePartAndTheOriginalKeepsExactlyTheRest() {
		// 3.3333 min per metre × 7.0001 m = 23.33343333 → 23.3334 for the part
		List<OperationMachine> whole = List
			.of(new OperationMachine(1, new BigDecimal("3.3333"), 15, new BigDecimal("33.3330")));
		List<OperationMachine> part = SplitShares.machinesPart(whole, new BigDecimal("7.0001"));
		List<OperationMachine> rest = SplitShares.machinesRest(whole, part);

		assertThat(part.get(0).runMinutes()).isEqualByComparingTo("23.3334");
		assertThat(rest.get(0).runMinutes()).isEqualByComparingTo("9.9996");
		assertThat(part.get(0).runMinutes().add(rest.get(0).runMinutes())).isEqualByComparingTo("33.3330");
		assertThat(part.get(0).setupMinutes()).as("each keeps its setup").isEqualTo(15);
	}

	@Test
	void materialsSplitInProportionToWholePiecesOrFourDecimalsAndAShareOfNothingStaysWithTheOriginal() {
		List<MaterialRequirement> whole = List.of(material(1, "PCS", "74"), material(2, "M", "15.7895"),
				material(3, "PCS", "1"));
		List<MaterialRequirement> part = SplitShares.materialsPart(whole, BigDecimal.ONE, new BigDecimal("3"));
		List<MaterialRequirement> rest = SplitShares.materialsRest(whole, part);

		// 74 / 3 = 24.67 → 25; 15.7895 / 3 = 5.26316… → 5.2632; 1 / 3 = 0.33 → 0: stays whole
		assertThat(part).extracting(MaterialRequirement::quantity)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("25"), new BigDecimal("5.2632"));
		assertThat(rest).extracting(MaterialRequirement::quantity)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("49"), new BigDecimal("10.5263"), new BigDecimal("1"));
	}

	@Test
	void aBatchSumsEachMachinesRunMinutesAndEachItemsMaterialNeededAtTheEarliestDate() {
		var a = List.of(new OperationMachine(1, new BigDecimal("8"), 30, new BigDecimal("16")));
		var b = List.of(new OperationMachine(1, new BigDecimal("8"), 30, new BigDecimal("24")));
		assertThat(SplitShares.machinesSum(List.of(a, b)).get(0).runMinutes()).isEqualByComparingTo("40");

		MaterialRequirement later = new MaterialRequirement(1, "MAT-1", "material", "PCS", new BigDecimal("5"),
				NEED.plusDays(3), 3);
		List<MaterialRequirement> sum = SplitShares
			.materialsSum(List.of(List.of(material(1, "PCS", "8"), material(2, "M", "1.5")), List.of(later)));
		assertThat(sum).hasSize(2);
		assertThat(sum.get(0).quantity()).isEqualByComparingTo("13");
		assertThat(sum.get(0).needDate()).isEqualTo(NEED);
	}

	@Test
	void piecesAndSetsAreSplitOnlyInWholeUnits() {
		assertThat(SplitShares.fits(new BigDecimal("2.0"), "PCS")).isTrue();
		assertThat(SplitShares.fits(new BigDecimal("1.5"), "SET")).isFalse();
		assertThat(SplitShares.fits(new BigDecimal("1.5"), "M")).isTrue();
		assertThat(SplitShares.fits(new BigDecimal("1.00001"), "M")).isFalse();
	}
}
