package io.atelier.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import io.atelier.shared.domain.AggregateRoot;
import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order's state machine, without Spring: each transition, its guard and the event it raises. */
class OrderLifeCycleTests {

	private static CustomerOrder draft() {
		var header = new CustomerOrder.Header(1, "C-1", "Customer", LocalDate.of(2026, 12, 1), Priority.NORMAL, null);
		var line = new OrderLine.Content(1, null, null, null, "PRD-1", BigDecimal.ONE, null);
		CustomerOrder order = new CustomerOrder("SO-TEST-1", header, List.of(line));
		ReflectionTestUtils.setField(order, AggregateRoot.class, "id", 42L, Long.class); // as if saved
		return order;
	}

	@Test
	void anOrderGoesFromDraftToShippedRaisingOnePastTenseEventPerStep() {
		CustomerOrder order = draft();
		order.confirm();
		order.release();
		order.startProduction();
		order.complete();
		order.ship();
		assertThat(order.getStatus()).isEqualTo(OrderStatus.SHIPPED);
		assertThat(order.takeEvents()).extracting(event -> event.getClass().getSimpleName())
			.containsExactly("OrderConfirmed", "OrderReleased", "OrderProductionStarted", "OrderCompleted",
					"OrderShipped");
		assertThat(order.takeEvents()).as("events are taken once").isEmpty();
	}

	@Test
	void aHeldOrderResumesInTheStatusItWasHeldFrom() {
		CustomerOrder order = draft();
		order.confirm();
		order.release();
		order.hold("customer changes the colour");
		assertThat(order.getStatus()).isEqualTo(OrderStatus.ON_HOLD);
		assertThat(order.getHeldFrom()).isEqualTo(OrderStatus.RELEASED);
		assertThat(order.getStatusReason()).isEqualTo("customer changes the colour");
		order.resume();
		assertThat(order.getStatus()).isEqualTo(OrderStatus.RELEASED);
		assertThat(order.getHeldFrom()).isNull();
		assertThat(order.takeEvents()).last().isEqualTo(new OrderResumed(42, "SO-TEST-1", OrderStatus.RELEASED));
	}

	@Test
	void holdingAndCancellingNeedAReason() {
		CustomerOrder order = draft();
		assertThatThrownBy(() -> order.hold(" ")).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> order.cancel(null)).isInstanceOf(RuleViolationException.class);
		assertThat(order.getStatus()).isEqualTo(OrderStatus.DRAFT);
	}

	@Test
	void anOrderCannotSkipAStep() {
		CustomerOrder order = draft();
		assertThatThrownBy(order::release).isInstanceOf(ConflictException.class)
			.hasMessage("orders.transition.illegal");
		assertThatThrownBy(order::ship).isInstanceOf(ConflictException.class);
		assertThatThrownBy(order::resume).isInstanceOf(ConflictException.class);
		assertThat(order.takeEvents()).isEmpty();
	}

	@Test
	void aReleasedOrderIsCancelledOrChangedOnlyThroughAChangeRequestEvenWhileOnHold() {
		CustomerOrder order = draft();
		order.confirm();
		order.release();
		assertThatThrownBy(() -> order.cancel("no longer needed")).isInstanceOf(ConflictException.class)
			.hasMessage("orders.transition.needs-change-request");
		order.hold("waiting for the customer");
		assertThatThrownBy(() -> order.cancel("no longer needed")).hasMessage("orders.transition.needs-change-request");
		assertThatThrownBy(() -> order.change(null, List.of())).hasMessage("orders.transition.needs-change-request");
	}

	@Test
	void aDraftOrConfirmedOrderHeldBeforeReleaseMayStillBeCancelled() {
		CustomerOrder order = draft();
		order.confirm();
		order.hold("credit check");
		order.cancel("credit refused");
		assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.takeEvents()).last()
			.isEqualTo(new OrderCancelled(42, "SO-TEST-1", OrderStatus.ON_HOLD, "credit refused"));
	}

	@Test
	void onlyDraftsAreDeletedAndOnlyOrdersWithLinesConfirmed() {
		CustomerOrder order = draft();
		order.checkDeletable();
		order.confirm();
		assertThatThrownBy(order::checkDeletable).hasMessage("orders.transition.delete-draft-only");
		var empty = new CustomerOrder("SO-TEST-2", new CustomerOrder.Header(1, "C-1", "Customer",
				LocalDate.of(2026, 12, 1), null, null), List.of());
		assertThatThrownBy(empty::confirm).isInstanceOf(RuleViolationException.class);
		assertThat(empty.getPriority()).isEqualTo(Priority.NORMAL);
	}

	@Test
	void theActionsOfferedAreExactlyThoseTheOrderMayTake() {
		CustomerOrder order = draft();
		assertThat(OrderTransitions.available(order)).containsExactly("confirm", "hold", "cancel");
		order.confirm();
		order.release();
		// once released, changes go through a change request
		assertThat(OrderTransitions.available(order)).containsExactly("start-production", "hold", "request-change");
		order.hold("why");
		assertThat(OrderTransitions.available(order)).containsExactly("resume", "request-change");
	}
}
