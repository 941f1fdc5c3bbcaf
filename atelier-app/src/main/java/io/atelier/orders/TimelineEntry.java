package io.atelier.orders;

import java.time.Instant;
import java.util.Map;

/**
 * One thing that happened to an order, for its timeline: when, who (a user name, or {@code system}), what ({@code kind},
 * e.g. {@code order.status}, {@code comment.posted}) and the values the UI's translated text for that kind shows
 * ({@code params}). The server sends no sentence: the UI renders it in the reader's language.
 */
public record TimelineEntry(Instant at, String actor, String kind, Map<String, String> params) {
}
