package io.atelier.configurator.formula;

import java.util.stream.Collectors;

import io.atelier.configurator.formula.Expression.Operator;

/**
 * Writes a formula back as text with only the parentheses its meaning needs; reading the text again gives the same
 * formula.
 */
public final class Printer {

	private Printer() {
	}

	public static String print(Expression expression) {
		return switch (expression) {
			case Expression.Number n -> n.value().toPlainString();
			case Expression.Text t -> t.value().contains("'") ? '"' + t.value() + '"' : "'" + t.value() + "'";
			case Expression.YesNo b -> String.valueOf(b.value());
			case Expression.Reference r -> r.code();
			case Expression.Call c -> c.function() + "("
					+ c.arguments().stream().map(Printer::print).collect(Collectors.joining(", ")) + ")";
			case Expression.Unary u -> u.operator() == Operator.NOT ? "not " + operand(u.operand(), Operator.NOT.precedence)
					: "-" + operand(u.operand(), Operator.NEG.precedence);
			case Expression.Binary b -> binary(b);
		};
	}

	private static String binary(Expression.Binary b) {
		Operator op = b.operator();
		// left-associative operators need parentheses on an equal-strength right side; ^ on the left; comparisons on both
		int leftMin = op == Operator.POW || op.isComparison() ? op.precedence + 1 : op.precedence;
		int rightMin = op == Operator.POW ? Operator.NEG.precedence : op.precedence + 1;
		return operand(b.left(), leftMin) + " " + op.symbol + " " + operand(b.right(), rightMin);
	}

	private static String operand(Expression operand, int minimum) {
		String text = print(operand);
		return precedence(operand) < minimum ? "(" + text + ")" : text;
	}

	private static int precedence(Expression expression) {
		return switch (expression) {
			case Expression.Unary u -> u.operator().precedence;
			case Expression.Binary b -> b.operator().precedence;
			default -> Integer.MAX_VALUE;
		};
	}
}
