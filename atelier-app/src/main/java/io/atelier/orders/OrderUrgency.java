package io.atelier.orders;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an open order is late or at risk (docs/orders.md). Late: its due date has passed. At risk: the promised date is
 * after the date the customer asked for, or it is due within {@code atRiskDays} and production has not started. Closed
 * orders (completed, shipped, cancelled) are neither. The list's SQL filters apply the same rules.
 *
 * @param atRiskDays how many days ahead of the due date an order not yet in production is at risk
 */
@ConfigurationProperties("atelier.orders")
record OrderUrgency(@DefaultValue("7") int atRiskDays) {

	boolean isLate(OrderStatus status, LocalDate dueDate, LocalDate today) {
		return !status.isClosed() && dueDate.isBefore(today);
	}

	boolean isAtRisk(OrderStatus status, LocalDate requestedDate, LocalDate promisedDate, LocalDate today) {
		if (status.isClosed()) {
			return false;
		}
		LocalDate due = promisedDate != null ? promisedDate : requestedDate;
		return promisedDate != null && promisedDate.isAfter(requestedDate)
				|| OrderStatus.NOT_STARTED.contains(status) && !due.isAfter(atRiskHorizon(today));
	}

	LocalDate atRiskHorizon(LocalDate today) {
		return today.plusDays(atRiskDays);
	}
}
