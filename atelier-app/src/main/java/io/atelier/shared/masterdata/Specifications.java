package io.atelier.shared.masterdata;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.data.jpa.domain.Specification;

/** The filters lists are made of: a case-insensitive text search over some fields, and equality on a field. */
public final class Specifications {

	private Specifications() {
	}

	/** Matches records where any of the fields contains the text; everything when the text is empty. */
	public static <E> Specification<E> search(String text, String... fields) {
		if (text == null || text.isBlank()) {
			return Specification.unrestricted();
		}
		String like = "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		return (root, query, cb) -> cb.or(Arrays.stream(fields)
			.map(field -> cb.like(cb.lower(root.get(field)), like, '\\'))
			.toArray(jakarta.persistence.criteria.Predicate[]::new));
	}

	/** Matches records whose field equals the value; everything when the value is null. */
	public static <E> Specification<E> equal(String field, Object value) {
		if (value == null) {
			return Specification.unrestricted();
		}
		return (root, query, cb) -> cb.equal(root.get(field), value);
	}
}
