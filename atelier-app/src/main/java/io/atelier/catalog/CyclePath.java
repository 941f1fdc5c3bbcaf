package io.atelier.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shortest cycle that one edge closes in a directed graph, for rules that must keep a structure acyclic. */
final class CyclePath {

	private CyclePath() {
	}

	/**
	 * The cycle that the edge {@code from → to} closes, as the nodes along it from {@code from} back to {@code from}
	 * (shortest first); empty when {@code from} cannot be reached from {@code to}.
	 */
	static Optional<List<Long>> closedBy(Map<Long, ? extends Collection<Long>> edges, long from, long to) {
		if (from == to) {
			return Optional.of(List.of(from, from));
		}
		Map<Long, Long> reachedFrom = new HashMap<>();
		Deque<Long> queue = new ArrayDeque<>(List.of(to));
		reachedFrom.put(to, null);
		while (!queue.isEmpty()) {
			long node = queue.poll();
			Collection<Long> next = edges.get(node);
			for (long n : next == null ? List.<Long>of() : next) {
				if (n == from) {
					return Optional.of(path(from, node, reachedFrom));
				}
				if (!reachedFrom.containsKey(n)) {
					reachedFrom.put(n, node);
					queue.add(n);
				}
			}
		}
		return Optional.empty();
	}

	private static List<Long> path(long from, long last, Map<Long, Long> reachedFrom) {
		List<Long> path = new ArrayList<>(List.of(from));
		for (Long node = last; node != null; node = reachedFrom.get(node)) {
			path.add(node);
		}
		path.add(from);
		Collections.reverse(path.subList(1, path.size() - 1));
		return path;
	}
}
