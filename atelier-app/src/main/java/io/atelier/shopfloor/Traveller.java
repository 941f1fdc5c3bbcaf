package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a job card (流转卡) prints for one work order, gathered from the orders, configurator and factory modules and
 * already in the reader's language.
 *
 * @param parentNumber the work order this one is made for, or null for a line's product
 * @param parameters the order line's parameter values, named as the configurator shows them
 */
record Traveller(String orderNumber, String customer, long workOrderId, String workOrderNumber, String parentNumber,
		String itemCode, String itemName, BigDecimal quantity, String unit, LocalDate dueDate,
		List<ParameterValue> parameters, List<Step> steps, List<Material> materials) {

	record ParameterValue(String name, String value) {
	}

	/**
	 * @param workCenter code and name of the work centre
	 * @param machines the codes of the eligible machines, the preferred one first
	 * @param plannedTime setup and run minutes on the preferred machine, as printed, a line each
	 */
	record Step(long operationId, String number, int stepNo, String name, String workCenter, String machines,
			List<String> plannedTime) {
	}

	record Material(String itemCode, String itemName, BigDecimal quantity, String unit) {
	}

	ScanCode code() {
		return ScanCode.workOrder(workOrderId);
	}
}
