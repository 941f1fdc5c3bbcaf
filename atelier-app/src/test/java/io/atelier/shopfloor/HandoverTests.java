package io.atelier.shopfloor;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.atelier.shared.domain.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The handover's and the discrepancy's own rules, without a database. */
class HandoverTests {

	private static Handover handover(String quantity) {
		return new Handover(new Handover.Route("SO-1", 1, "SO-1/WO-01", "PRD-DESK", "Desk", "SET", 10, "SO-1/WO-01/OP-10",
				"Fit", 100, "Assembly", 11, "SO-1/WO-01/OP-20", "Pack", 200, "Packing"), new BigDecimal(quantity),
				"operator");
	}

	@Test
	void aCountEqualToTheSentQuantityStandsAndOpensNoDiscrepancy() {
		Handover handover = handover("5");

		boolean differs = handover.receive(new BigDecimal("5.000"), "packer");

		assertThat(differs).isFalse();
		assertThat(handover.getStatus()).isEqualTo(Handover.Status.RECEIVED);
		assertThat(handover.getReceivedBy()).isEqualTo("packer");
		assertThat(handover.getReceivedAt()).isNotNull();
	}

	@Test
	void aDifferentCountIsADiscrepancyWhoseDifferenceIsCountedMinusSent() {
		Handover handover = handover("5");

		assertThat(handover.receive(new BigDecimal("4"), "packer")).isTrue();
		HandoverDiscrepancy discrepancy = new HandoverDiscrepancy(1, handover.getQuantity(), handover.getCountedQuantity());

		assertThat(discrepancy.getDifference()).isEqualByComparingTo("-1");
	}

	@Test
	void aHandoverIsReceivedOrCancelledOnlyOnce() {
		Handover received = handover("5");
		received.receive(new BigDecimal("5"), "packer");
		Handover cancelled = handover("5");
		cancelled.cancel("operator");

		assertThatThrownBy(() -> received.receive(new BigDecimal("5"), "other")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> received.cancel("operator")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> cancelled.receive(new BigDecimal("5"), "packer")).isInstanceOf(ConflictException.class);
	}

	@Test
	void theSupervisorsDecisionSaysWhichQuantityStandsAndIsTakenOnce() {
		assertThat(new HandoverDiscrepancy(1, BigDecimal.TEN, BigDecimal.ONE)
			.resolve(HandoverDiscrepancy.Resolution.ACCEPT_COUNTED, null, "chipped", "supervisor")).isEqualByComparingTo("1");
		assertThat(new HandoverDiscrepancy(1, BigDecimal.TEN, BigDecimal.ONE)
			.resolve(HandoverDiscrepancy.Resolution.ACCEPT_SENT, null, "miscounted", "supervisor")).isEqualByComparingTo("10");
		HandoverDiscrepancy recounted = new HandoverDiscrepancy(1, BigDecimal.TEN, BigDecimal.ONE);
		assertThat(recounted.resolve(HandoverDiscrepancy.Resolution.RECOUNT, new BigDecimal("9"), "recounted", "supervisor"))
			.isEqualByComparingTo("9");

		assertThatThrownBy(() -> recounted.resolve(HandoverDiscrepancy.Resolution.ACCEPT_SENT, null, "again", "supervisor"))
			.isInstanceOf(ConflictException.class);
	}
}
