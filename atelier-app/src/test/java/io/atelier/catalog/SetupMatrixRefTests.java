package io.atelier.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atelier.catalog.SetupMatrices.SetupEntryRef;
import io.atelier.catalog.SetupMatrices.SetupMatrixRef;

import static org.assertj.core.api.Assertions.assertThat;

class SetupMatrixRefTests {

	private static final long WHITE = 1, GREY = 2, WALNUT = 3;

	// spray booth: 45 minutes to clean for any change of colour; white to grey is quick, grey to grey needs a flush
	private final SetupMatrixRef booth = new SetupMatrixRef(9, 12, 45,
			List.of(new SetupEntryRef(WHITE, GREY, 10), new SetupEntryRef(GREY, GREY, 5)));

	@Test
	void aPairWithAnEntryTakesTheEntry() {
		assertThat(booth.setupMinutes(WHITE, GREY)).isEqualTo(10);
	}

	@Test
	void entriesAreDirectedSoTheWayBackTakesTheDefault() {
		assertThat(booth.setupMinutes(GREY, WHITE)).isEqualTo(45);
	}

	@Test
	void theSameFamilyNeedsNoChangeoverUnlessAnEntrySaysSo() {
		assertThat(booth.setupMinutes(WHITE, WHITE)).isZero();
		assertThat(booth.setupMinutes(GREY, GREY)).isEqualTo(5);
	}

	@Test
	void anUnknownFamilyOnEitherSideTakesTheDefault() {
		assertThat(booth.setupMinutes(null, WHITE)).isEqualTo(45);
		assertThat(booth.setupMinutes(WALNUT, null)).isEqualTo(45);
		assertThat(booth.setupMinutes(null, null)).isEqualTo(45);
	}

	@Test
	void aMissingPairOfDifferentFamiliesTakesTheDefault() {
		assertThat(booth.setupMinutes(WALNUT, GREY)).isEqualTo(45);
	}
}
