package io.atelier.configurator.formula;

import java.util.Set;

/** What a formula may know of a parameter: the kind of its value and, for a choice, the codes of its options. */
public record Symbol(Type type, Set<String> options) {

	public Symbol {
		options = options == null ? Set.of() : Set.copyOf(options);
	}

	public static Symbol of(Type type) {
		return new Symbol(type, Set.of());
	}
}
