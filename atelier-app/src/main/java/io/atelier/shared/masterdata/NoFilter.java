package io.atelier.shared.masterdata;

/** For lists that have no filter beyond the free-text search. */
public record NoFilter() {
}
