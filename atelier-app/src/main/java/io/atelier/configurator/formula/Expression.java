package io.atelier.configurator.formula;

import java.math.BigDecimal;
import java.util.List;

/**
 * A parsed formula: a tree of literals, parameter references, operators and function calls. Each node remembers where it
 * starts in the text ({@code at}, from 1) so that errors found later can point at it.
 */
public sealed interface Expression {

	int at();

	record Number(BigDecimal value, int at) implements Expression {
	}

	record Text(String value, int at) implements Expression {
	}

	record YesNo(boolean value, int at) implements Expression {
	}

	/** A reference to a parameter by its code. */
	record Reference(String code, int at) implements Expression {
	}

	record Unary(Operator operator, Expression operand, int at) implements Expression {
	}

	record Binary(Operator operator, Expression left, Expression right, int at) implements Expression {
	}

	record Call(String function, List<Expression> arguments, int at) implements Expression {

		public Call {
			arguments = List.copyOf(arguments);
		}
	}

	/** The operators with their spelling and binding strength (higher binds tighter). */
	enum Operator {

		OR("or", 1), AND("and", 2), NOT("not", 3), EQ("=", 4), NE("!=", 4), LT("<", 4), LE("<=", 4), GT(">", 4),
		GE(">=", 4), ADD("+", 5), SUB("-", 5), MUL("*", 6), DIV("/", 6), MOD("%", 6), NEG("-", 7), POW("^", 8);

		final String symbol;

		final int precedence;

		Operator(String symbol, int precedence) {
			this.symbol = symbol;
			this.precedence = precedence;
		}

		public String symbol() {
			return symbol;
		}

		boolean isComparison() {
			return precedence == 4;
		}
	}
}
