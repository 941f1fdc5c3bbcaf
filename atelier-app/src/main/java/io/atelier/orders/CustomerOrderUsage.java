package io.atelier.orders;

import java.util.List;

import org.springframework.stereotype.Component;

import io.atelier.shared.domain.Usage;
import io.atelier.shared.domain.UsageProbe;

/** A customer with orders cannot be deleted: the orders would lose who they are for. */
@Component
class CustomerOrderUsage implements UsageProbe {

	private final OrderRepository orders;

	CustomerOrderUsage(OrderRepository orders) {
		this.orders = orders;
	}

	@Override
	public List<Usage> usagesOf(String entityType, long id) {
		if (!"Customer".equals(entityType)) {
			return List.of();
		}
		return orders.findTop5ByCustomerIdOrderByIdDesc(id)
			.stream()
			.map(order -> new Usage("CustomerOrder", order.getOrderNumber()))
			.toList();
	}
}
