package io.atelier.shared.web;

import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import io.atelier.shared.domain.RuleViolationException;

/**
 * The paging part of a list request: {@code page} from 0, {@code size} up to 500, {@code sort=field,asc|desc} on the
 * fields the list allows.
 */
public record PageQuery(Integer page, Integer size, String sort) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 500;

	public Pageable toPageable(Set<String> sortable, Sort defaultSort) {
		int p = page == null ? 0 : page;
		int s = size == null ? DEFAULT_SIZE : size;
		if (p < 0) {
			throw new RuleViolationException("page", "validation.page");
		}
		if (s < 1 || s > MAX_SIZE) {
			throw new RuleViolationException("size", "validation.size", MAX_SIZE);
		}
		return PageRequest.of(p, s, parseSort(sortable, defaultSort));
	}

	private Sort parseSort(Set<String> sortable, Sort defaultSort) {
		if (sort == null || sort.isBlank()) {
			return defaultSort;
		}
		String[] parts = sort.split(",");
		String field = parts[0].trim();
		if (!sortable.contains(field)) {
			throw new RuleViolationException("sort", "validation.sort", field, String.join(", ", sortable));
		}
		boolean descending = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc");
		Sort primary = descending ? Sort.by(field).descending() : Sort.by(field).ascending();
		return primary.and(Sort.by("id"));
	}
}
