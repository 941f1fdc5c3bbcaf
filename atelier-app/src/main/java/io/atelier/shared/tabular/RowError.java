package io.atelier.shared.tabular;

import io.atelier.shared.domain.FieldError;

/** What is wrong with one row of an import. */
public record RowError(int row, FieldError error) {
}
