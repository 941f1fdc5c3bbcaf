package io.atelier.shared.domain;

/** The record does not exist, or the caller may not see it (both answer 404). */
public class NotFoundException extends RuntimeException {

	private final String entityType;

	private final Object key;

	public NotFoundException(String entityType, Object key) {
		super(entityType + " " + key + " not found");
		this.entityType = entityType;
		this.key = key;
	}

	public String entityType() {
		return entityType;
	}

	public Object key() {
		return key;
	}
}
