package io.atelier.factory;

import java.util.List;

/** Small helpers for the child collections of aggregates. */
final class Collections2 {

	private Collections2() {
	}

	/**
	 * Replaces the content of a persistent list only when it differs, so that an unchanged collection is neither rewritten
	 * nor reported as changed in the audit trail.
	 */
	static <T> void replace(List<T> target, List<T> content) {
		if (!target.equals(content)) {
			target.clear();
			target.addAll(content);
		}
	}
}
