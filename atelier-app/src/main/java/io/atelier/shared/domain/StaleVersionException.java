package io.atelier.shared.domain;

/** Someone else changed the record since the caller read it: the caller must reload and decide again. */
public class StaleVersionException extends RuntimeException {

	private final String entityType;

	private final long entityId;

	public StaleVersionException(String entityType, long entityId, long expected, long actual) {
		super("%s %d is at version %d, not %d".formatted(entityType, entityId, actual, expected));
		this.entityType = entityType;
		this.entityId = entityId;
	}

	public String entityType() {
		return entityType;
	}

	public long entityId() {
		return entityId;
	}
}
