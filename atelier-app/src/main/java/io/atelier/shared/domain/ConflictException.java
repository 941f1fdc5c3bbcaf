package io.atelier.shared.domain;

import java.util.List;

/**
 * The request clashes with the current state (HTTP 409): a duplicate code, an illegal state transition, a record still in
 * use. The message key explains why, in the caller's language.
 */
public class ConflictException extends RuntimeException {

	private final String messageKey;

	private final List<Object> args;

	private final String field;

	public ConflictException(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String messageKey() {
		return messageKey;
	}

	public List<Object> args() {
		return args;
	}

	public String field() {
		return field;
	}
}
