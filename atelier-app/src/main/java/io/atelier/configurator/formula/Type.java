package io.atelier.configurator.formula;

/** The kinds of value a formula works with: numbers, texts (choice codes among them) and yes/no. */
public enum Type {

	NUMBER, TEXT, YES_NO;

	/** The message key that says a value of this kind is expected at a position. */
	String expectedKey() {
		return switch (this) {
			case NUMBER -> "configurator.formula.expects-number";
			case TEXT -> "configurator.formula.expects-text";
			case YES_NO -> "configurator.formula.expects-yes-no";
		};
	}
}
