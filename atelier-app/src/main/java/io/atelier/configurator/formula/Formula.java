package io.atelier.configurator.formula;

import java.util.Map;

/**
 * A formula of a template rule, read and checked against the template's parameters once; it can then be computed for
 * any set of parameter values. Reading refuses bad syntax, unknown names, kinds that do not fit and formulas that give
 * the wrong kind of result, each with the position at fault.
 *
 * @param expression the parsed formula
 * @param type what it gives
 */
public record Formula(Expression expression, Type type) {

	/** Reads a formula that must give a value of the expected kind. */
	public static Formula compile(String source, Map<String, Symbol> parameters, Type expected) {
		Expression expression = Parser.parse(source);
		TypeChecker checker = new TypeChecker(parameters);
		Type type = checker.typeOf(expression);
		if (type != expected) {
			throw new FormulaException(expected.expectedKey(), expression.at());
		}
		return new Formula(expression, type);
	}

	/**
	 * Computes the formula for these values by parameter code: {@link java.math.BigDecimal} for numbers, strings for
	 * texts and choices, booleans for yes/no; a parameter without a value may not be used.
	 *
	 * @throws FormulaException when the values make it impossible (division by zero, a missing value, …)
	 */
	public Object evaluate(Map<String, ?> values) {
		return new Evaluator(values).evaluate(expression);
	}

	@Override
	public String toString() {
		return Printer.print(expression);
	}
}
