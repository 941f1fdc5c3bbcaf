package io.atelier.orders;

import static io.atelier.orders.OrderStatus.COMPLETED;
import static io.atelier.orders.OrderStatus.CONFIRMED;
import static io.atelier.orders.OrderStatus.DRAFT;
import static io.atelier.orders.OrderStatus.IN_PRODUCTION;
import static io.atelier.orders.OrderStatus.ON_HOLD;
import static io.atelier.orders.OrderStatus.RELEASED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import io.atelier.shared.domain.ConflictException;

/**
 * The order's state machine: which actions an order in each status may take. An action refused is a conflict (409)
 * whose reason names the order, the action and the status, in the caller's language. Once an order is released, what
 * would change it (edit, cancel) goes through a change request instead, and the reason says so.
 */
enum OrderTransitions {

	CONFIRM(DRAFT), RELEASE(CONFIRMED), START_PRODUCTION(RELEASED), COMPLETE(IN_PRODUCTION), SHIP(COMPLETED),
	HOLD(DRAFT, CONFIRMED, RELEASED, IN_PRODUCTION), RESUME(ON_HOLD), CANCEL(DRAFT, CONFIRMED),
	EDIT(DRAFT, CONFIRMED), DELETE(DRAFT), PROMISE(DRAFT, CONFIRMED),
	/** A change request: proposed, and applied once approved, only while the order is in production's hands. */
	CHANGE(RELEASED, IN_PRODUCTION);

	/** What a change request would be needed for: an order already released to production. */
	private static final Set<OrderStatus> RELEASED_TO_PRODUCTION = EnumSet.of(RELEASED, IN_PRODUCTION, COMPLETED);

	/** The actions a person takes through the status buttons (edit and delete have their own). */
	static final List<OrderTransitions> STATUS_ACTIONS = List.of(CONFIRM, RELEASE, START_PRODUCTION, COMPLETE, SHIP,
			HOLD, RESUME, CANCEL);

	private final Set<OrderStatus> from;

	OrderTransitions(OrderStatus... from) {
		this.from = EnumSet.copyOf(Arrays.asList(from));
	}

	/** The action's name in the API: the path of its endpoint, e.g. {@code start-production}. */
	String apiName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	boolean allows(CustomerOrder order) {
		if (order.getStatus() == ON_HOLD && (this == CANCEL || this == CHANGE)) {
			return from.contains(order.getHeldFrom()); // an order held before release may still be cancelled
		}
		return from.contains(order.getStatus());
	}

	void check(CustomerOrder order) {
		if (!allows(order)) {
			throw new ConflictException("status", reasonKey(order), order.getOrderNumber(),
					new DefaultMessageSourceResolvable("orders.action." + apiName()),
					new DefaultMessageSourceResolvable("orders.status." + order.getStatus().name()));
		}
	}

	private String reasonKey(CustomerOrder order) {
		OrderStatus effective = order.getStatus() == ON_HOLD ? order.getHeldFrom() : order.getStatus();
		if ((this == EDIT || this == CANCEL) && RELEASED_TO_PRODUCTION.contains(effective)) {
			return "orders.transition.needs-change-request";
		}
		if (this == DELETE) {
			return "orders.transition.delete-draft-only";
		}
		return "orders.transition.illegal";
	}

	static List<String> available(CustomerOrder order) {
		List<String> actions = new java.util.ArrayList<>(
				STATUS_ACTIONS.stream().filter(action -> action.allows(order)).map(OrderTransitions::apiName).toList());
		if (CHANGE.allows(order)) {
			actions.add("request-change"); // POST /api/orders/{id}/change-requests
		}
		return List.copyOf(actions);
	}
}
