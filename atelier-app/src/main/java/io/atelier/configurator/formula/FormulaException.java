package io.atelier.configurator.formula;

import java.util.List;

/**
 * A formula that cannot be read, does not fit the template's parameters, or cannot be computed for the values given: a
 * message key and its arguments, translated when the error is answered. Read errors name the position (from 1).
 */
public class FormulaException extends RuntimeException {

	private final String messageKey;

	private final List<Object> args;

	public FormulaException(String messageKey, Object... args) {
		super(messageKey + " " + List.of(args));
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String messageKey() {
		return messageKey;
	}

	public List<Object> args() {
		return args;
	}
}
