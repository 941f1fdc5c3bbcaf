package io.atelier.configurator.formula;

import java.util.Arrays;
import java.util.Optional;

/** The functions a formula may call, with how many arguments each takes. */
enum Function {

	IF("if", 3, 3), MIN("min", 1, 50), MAX("max", 1, 50), ROUND("round", 1, 2), CEIL("ceil", 1, 1),
	FLOOR("floor", 1, 1), ABS("abs", 1, 1), SQRT("sqrt", 1, 1);

	final String spelling;

	final int minArguments;

	final int maxArguments;

	Function(String spelling, int minArguments, int maxArguments) {
		this.spelling = spelling;
		this.minArguments = minArguments;
		this.maxArguments = maxArguments;
	}

	static Optional<Function> named(String name) {
		return Arrays.stream(values()).filter(f -> f.spelling.equalsIgnoreCase(name)).findFirst();
	}

	String arity() {
		return minArguments == maxArguments ? String.valueOf(minArguments)
				: maxArguments > 2 ? minArguments + "+" : minArguments + "–" + maxArguments;
	}
}
