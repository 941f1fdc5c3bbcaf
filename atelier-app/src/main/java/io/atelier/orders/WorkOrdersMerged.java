package io.atelier.orders;

import java.util.List;

/**
 * Work orders not yet started were merged into one batch work order, which makes them together; the sources stay,
 * merged, and name the orders the batch serves (docs/orders.md, "Split and merge").
 */
public record WorkOrdersMerged(long batchId, String batchNumber, List<Long> sourceWorkOrderIds, List<Long> orderIds) {

	public WorkOrdersMerged {
		sourceWorkOrderIds = List.copyOf(sourceWorkOrderIds);
		orderIds = List.copyOf(orderIds);
	}
}
