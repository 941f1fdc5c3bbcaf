package io.atelier.configurator.formula;

/** A word of a formula: its kind, its text as written (a string without its quotes) and its position (from 1). */
record Token(Kind kind, String text, int at) {

	enum Kind {
		NUMBER, TEXT, NAME, SYMBOL, END
	}

	boolean is(String symbol) {
		return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbol);
	}

	boolean isKeyword(String keyword) {
		return kind == Kind.NAME && text.equalsIgnoreCase(keyword);
	}
}
