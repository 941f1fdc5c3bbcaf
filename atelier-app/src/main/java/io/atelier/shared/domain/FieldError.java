package io.atelier.shared.domain;

import java.util.List;

/**
 * One thing wrong with one field of a request, as a message key and its arguments, translated when the error is
 * answered.
 */
public record FieldError(String field, String messageKey, List<Object> args) {

	public FieldError {
		args = args == null ? List.of() : List.copyOf(args);
	}

	public static FieldError of(String field, String messageKey, Object... args) {
		return new FieldError(field, messageKey, List.of(args));
	}
}
