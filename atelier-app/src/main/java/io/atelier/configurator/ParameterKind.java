package io.atelier.configurator;

import io.atelier.configurator.formula.Type;

/** What a customer enters for a parameter: a number with a unit, one option of a list, free text, or yes/no. */
public enum ParameterKind {

	NUMBER(Type.NUMBER), CHOICE(Type.TEXT), TEXT(Type.TEXT), YES_NO(Type.YES_NO);

	private final Type type;

	ParameterKind(Type type) {
		this.type = type;
	}

	/** The kind of value formulas see: a choice is its option code, a text. */
	public Type formulaType() {
		return type;
	}
}
