package io.atelier.orders;

import java.math.BigDecimal;

/**
 * A work order was split by quantity: {@code newWorkOrderId} makes {@code quantity} of it, the original keeps the rest
 * (docs/orders.md, "Split and merge"). Sub-assemblies split with it raise their own.
 */
public record WorkOrderSplit(long workOrderId, String number, long newWorkOrderId, String newNumber, long orderId,
		BigDecimal quantity) {
}
