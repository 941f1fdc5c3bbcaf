package io.atelier.shared.masterdata;

/** A command that changes an existing record carries the version the caller read; {@code null} when creating. */
public interface Versioned {

	Long version();
}
