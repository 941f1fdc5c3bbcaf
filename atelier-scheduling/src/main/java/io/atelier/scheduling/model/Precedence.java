package io.atelier.scheduling.model;

/** The operation waits for a predecessor to end plus a minimum lag (transfer between workshops, drying). */
public record Precedence(OperationId predecessor, long minimumLag) {
}
