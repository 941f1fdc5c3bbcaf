package io.atelier.orders;

import java.time.LocalDate;

/**
 * The factory promised the order for a date: the date the planning proposal offered (null when none was asked for)
 * and the planner's reason when the promised date differs from it.
 */
public record OrderPromised(long orderId, String orderNumber, LocalDate promisedDate, LocalDate proposedDate,
		String reason) {
}
