package io.atelier.shared.domain;

import java.util.List;

/**
 * A well-formed request that breaks a business rule (HTTP 422), with the fields it concerns. Thrown before anything is
 * written, or inside the transaction that is then rolled back.
 */
public class RuleViolationException extends RuntimeException {

	private final List<FieldError> errors;

	public RuleViolationException(List<FieldError> errors) {
		super(errors.toString());
		this.errors = List.copyOf(errors);
	}

	public RuleViolationException(String field, String messageKey, Object... args) {
		this(List.of(FieldError.of(field, messageKey, args)));
	}

	public List<FieldError> errors() {
		return errors;
	}
}
