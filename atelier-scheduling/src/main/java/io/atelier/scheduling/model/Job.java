package io.atelier.scheduling.model;

/**
 * A work order, or an order's tree of work orders, that the factory completes as a whole: none of its operations starts
 * before the release, and each minute it finishes after the due date costs its weight.
 */
public record Job(JobId id, String reference, long release, long due, int weight) {
}
