package io.atelier.shared.tabular;

/** What an accepted import did. */
public record ImportResult(int created, int updated) {
}
