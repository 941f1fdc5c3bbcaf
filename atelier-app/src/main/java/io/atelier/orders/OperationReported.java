package io.atelier.orders;

/**
 * A shop-floor report was applied to an operation (a start, pause, resume, finish or quantities): see
 * {@link OperationReports}. Raised for every report, also one that changed only quantities.
 */
public record OperationReported(long workOrderId, long operationId, String number, OperationReport.Kind kind) {
}
