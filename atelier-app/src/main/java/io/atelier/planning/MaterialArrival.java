package io.atelier.planning;

import java.time.LocalDate;

/**
 * When a bought item a work order consumes can be there: the day it was called for (the release, or today for an
 * order not yet released) plus its purchase lead time in calendar days. The work order's operations start no earlier.
 */
public record MaterialArrival(String workOrderNumber, String itemCode, String itemName, int leadTimeDays,
		LocalDate arrival) {
}
