package io.atelier.catalog;

import java.util.Locale;

import org.springframework.data.jpa.domain.Specification;

/**
 * List filters for records that belong to another record of the catalog (a BOM or routing to its item): by the owner's
 * id, and the free-text search over the owner's code and name.
 */
final class OwnerSpecifications {

	private OwnerSpecifications() {
	}

	static <E> Specification<E> ownedBy(String owner, Long ownerId) {
		if (ownerId == null) {
			return Specification.unrestricted();
		}
		return (root, query, cb) -> cb.equal(root.get(owner).get("id"), ownerId);
	}

	static <E> Specification<E> ownerMatches(String owner, String text) {
		if (text == null || text.isBlank()) {
			return Specification.unrestricted();
		}
		String like = "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		return (root, query, cb) -> cb.or(cb.like(cb.lower(root.get(owner).get("code")), like, '\\'),
				cb.like(cb.lower(root.get(owner).get("name")), like, '\\'));
	}
}
