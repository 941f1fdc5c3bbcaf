package io.atelier.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The product structure read so far (items, families, BOMs, routings as their immutable refs), kept in memory for as
 * long as the catalog does not change: releasing an order reads the same few routings and BOMs as the order before it.
 * <p>
 * Every read first asks PostgreSQL for the catalog's revision ({@code V19__release_speed.sql}), which moves on with
 * each committed change, from whichever application node: what was read under another revision is dropped. A
 * transaction that changed the catalog itself (not yet committed, so the revision has not moved) reads directly and
 * leaves the memory alone. A value read under revision <i>r</i> is at least as new as <i>r</i>: it may mix in a change
 * committed just after, never an older state.
 */
@Component
class StructureCache {

	/** More entries than this in one kind means an unusual catalog: read such a kind directly, do not keep more. */
	private static final int MAX_ENTRIES = 200_000;

	private static final String REVISION = """
			select revision, coalesce(current_setting('atelier.catalog_touched', true), '') = 'yes' as touched
			  from catalog_revision where id = 1
			""";

	private final JdbcClient jdbc;

	private volatile Generation current = new Generation(Long.MIN_VALUE);

	StructureCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Revision(long revision, boolean touched) {
	}

	/** What was read under one revision, by kind ("item", "routing", …) and key. */
	private record Generation(long revision, Map<String, Map<Object, Optional<?>>> kinds) {

		Generation(long revision) {
			this(revision, new ConcurrentHashMap<>());
		}

		Map<Object, Optional<?>> kind(String kind) {
			return kinds.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
		}
	}

	/** The value of one key, read by {@code loader} when not kept (an empty optional is kept too). */
	<K, V> Optional<V> get(String kind, K key, Function<K, Optional<V>> loader) {
		Map<K, V> found = getAll(kind, Set.of(key), keys -> {
			Map<K, V> read = new HashMap<>();
			loader.apply(key).ifPresent(value -> read.put(key, value));
			return read;
		});
		return Optional.ofNullable(found.get(key));
	}

	/**
	 * The values of these keys (keys without one are left out), those not kept read together by {@code loader}, which
	 * answers the values it found by key.
	 */
	@SuppressWarnings("unchecked")
	<K, V> Map<K, V> getAll(String kind, Collection<K> keys, Function<Set<K>, Map<K, V>> loader) {
		Generation generation = generation();
		if (generation == null) {
			return loader.apply(new LinkedHashSet<>(keys));
		}
		Map<Object, Optional<?>> kept = generation.kind(kind);
		Map<K, V> result = new HashMap<>();
		Set<K> missing = new LinkedHashSet<>();
		for (K key : keys) {
			Optional<?> value = kept.get(key);
			if (value == null) {
				missing.add(key);
			}
			else {
				value.ifPresent(v -> result.put(key, (V) v));
			}
		}
		if (!missing.isEmpty()) {
			Map<K, V> read = loader.apply(missing);
			result.putAll(read);
			if (kept.size() + missing.size() <= MAX_ENTRIES) {
				missing.forEach(key -> kept.put(key, Optional.ofNullable(read.get(key))));
			}
		}
		return result;
	}

	/** The generation for the catalog's revision now, or null when this transaction has changed the catalog. */
	private Generation generation() {
		Revision now = jdbc.sql(REVISION).query(Revision.class).single();
		if (now.touched()) {
			return null;
		}
		Generation generation = current;
		if (generation.revision() != now.revision()) {
			generation = new Generation(now.revision());
			current = generation;
		}
		return generation;
	}
}
