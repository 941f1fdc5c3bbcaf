package io.atelier.shared.tabular;

/** A command read from a file, with the (first) row it came from so that errors can point at it. */
public record Numbered<C>(int row, C command) {
}
