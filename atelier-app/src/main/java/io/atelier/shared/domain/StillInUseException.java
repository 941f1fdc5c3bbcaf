package io.atelier.shared.domain;

import java.util.List;

/** Refuses to delete a record that other records still refer to (HTTP 409), naming them. */
public class StillInUseException extends RuntimeException {

	private final String entityType;

	private final String label;

	private final List<Usage> usages;

	public StillInUseException(String entityType, String label, List<Usage> usages) {
		super(entityType + " " + label + " is still used by " + usages);
		this.entityType = entityType;
		this.label = label;
		this.usages = List.copyOf(usages);
	}

	public String entityType() {
		return entityType;
	}

	public String label() {
		return label;
	}

	public List<Usage> usages() {
		return usages;
	}
}
