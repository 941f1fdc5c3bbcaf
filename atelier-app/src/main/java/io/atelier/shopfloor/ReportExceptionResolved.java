package io.atelier.shopfloor;

/** A supervisor resolved an exception of the queue ({@code DISMISS} or {@code REAPPLY}): see {@link ExceptionQueue}. */
public record ReportExceptionResolved(long exceptionId, long operationId, ExceptionQueue.Decision decision) {
}
