package io.atelier.shared.domain;

/**
 * A record that refers to another one, named for a person: the kind of record (its entity type, translated when shown)
 * and its label such as a code.
 */
public record Usage(String entityType, String label) {
}
