package io.atelier.shopfloor;

/** A report the operation refused went to the supervisor's exception queue (see {@link ProductionReports}). */
public record ReportExceptionOpened(long exceptionId, long operationId) {
}
