package io.atelier.configurator.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.atelier.configurator.formula.Expression.Operator;

/**
 * Reads a formula by recursive descent, loosest binding first: {@code or}, {@code and}, {@code not}, comparisons (not
 * chained), {@code + -}, {@code * / %}, unary minus, then {@code ^} (right-associative). Nothing but this grammar can
 * run: there are no variables to assign, no loops and no way to reach Java.
 */
public final class Parser {

	/** Longer formulas are refused: no rule needs them, and they would only cost time to read. */
	public static final int MAX_LENGTH = 1000;

	/** Deeper nesting is refused, so that a hostile formula cannot exhaust the stack. */
	public static final int MAX_DEPTH = 40;

	static final Set<String> KEYWORDS = Set.of("and", "or", "not", "true", "false");

	private final List<Token> tokens;

	private int index;

	private int depth;

	private Parser(List<Token> tokens) {
		this.tokens = tokens;
	}

	/** Words a parameter code cannot be: the keywords and the function names. */
	public static boolean isReserved(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		return KEYWORDS.contains(lower) || Function.named(lower).isPresent();
	}

	public static Expression parse(String source) {
		if (source == null || source.isBlank()) {
			throw new FormulaException("configurator.formula.empty");
		}
		if (source.length() > MAX_LENGTH) {
			throw new FormulaException("configurator.formula.too-long", MAX_LENGTH);
		}
		Parser parser = new Parser(new Tokenizer(source).tokens());
		Expression expression = parser.or();
		Token rest = parser.peek();
		if (rest.kind() != Token.Kind.END) {
			throw unexpected(rest);
		}
		return expression;
	}

	private Expression or() {
		enter();
		Expression left = and();
		while (peek().isKeyword("or")) {
			Token op = advance();
			left = new Expression.Binary(Operator.OR, left, and(), op.at());
		}
		depth--;
		return left;
	}

	private Expression and() {
		Expression left = not();
		while (peek().isKeyword("and")) {
			Token op = advance();
			left = new Expression.Binary(Operator.AND, left, not(), op.at());
		}
		return left;
	}

	private Expression not() {
		if (peek().isKeyword("not")) {
			Token op = advance();
			enter();
			Expression operand = not();
			depth--;
			return new Expression.Unary(Operator.NOT, operand, op.at());
		}
		return comparison();
	}

	private Expression comparison() {
		Expression left = additive();
		for (Operator operator : Operator.values()) {
			if (operator.isComparison() && peek().kind() == Token.Kind.SYMBOL && peek().is(operator.symbol)) {
				Token op = advance();
				return new Expression.Binary(operator, left, additive(), op.at());
			}
		}
		return left;
	}

	private Expression additive() {
		Expression left = multiplicative();
		while (peek().is("+") || peek().is("-")) {
			Token op = advance();
			left = new Expression.Binary(op.is("+") ? Operator.ADD : Operator.SUB, left, multiplicative(), op.at());
		}
		return left;
	}

	private Expression multiplicative() {
		Expression left = unary();
		while (peek().is("*") || peek().is("/") || peek().is("%")) {
			Token op = advance();
			Operator operator = op.is("*") ? Operator.MUL : op.is("/") ? Operator.DIV : Operator.MOD;
			left = new Expression.Binary(operator, left, unary(), op.at());
		}
		return left;
	}

	private Expression unary() {
		if (peek().is("-")) {
			Token op = advance();
			enter();
			Expression operand = unary();
			depth--;
			return new Expression.Unary(Operator.NEG, operand, op.at());
		}
		return power();
	}

	private Expression power() {
		Expression base = primary();
		if (peek().is("^")) {
			Token op = advance();
			enter();
			Expression exponent = unary();
			depth--;
			return new Expression.Binary(Operator.POW, base, exponent, op.at());
		}
		return base;
	}

	private Expression primary() {
		Token token = advance();
		return switch (token.kind()) {
			case NUMBER -> new Expression.Number(number(token), token.at());
			case TEXT -> new Expression.Text(token.text(), token.at());
			case NAME -> name(token);
			case SYMBOL -> {
				if (!token.is("(")) {
					throw unexpected(token);
				}
				Expression inner = or();
				expect(")");
				yield inner;
			}
			case END -> throw new FormulaException("configurator.formula.incomplete", token.at());
		};
	}

	/** {@code 1e6} is read as {@code 1000000}, so that printing it gives a number that reads back the same. */
	private static BigDecimal number(Token token) {
		BigDecimal value;
		try {
			value = new BigDecimal(token.text());
		}
		catch (NumberFormatException ex) {
			throw new FormulaException("configurator.formula.bad-number", token.at(), token.text());
		}
		if (value.scale() < -30 || value.scale() > 30) {
			throw new FormulaException("configurator.formula.bad-number", token.at(), token.text());
		}
		return value.scale() < 0 ? value.setScale(0) : value;
	}

	private Expression name(Token token) {
		if (token.isKeyword("true") || token.isKeyword("false")) {
			return new Expression.YesNo(token.isKeyword("true"), token.at());
		}
		if (KEYWORDS.contains(token.text().toLowerCase(java.util.Locale.ROOT))) {
			throw unexpected(token);
		}
		if (!peek().is("(")) {
			return new Expression.Reference(token.text(), token.at());
		}
		advance();
		enter();
		List<Expression> arguments = new ArrayList<>();
		if (!peek().is(")")) {
			arguments.add(or());
			while (peek().is(",")) {
				advance();
				arguments.add(or());
			}
		}
		expect(")");
		depth--;
		return new Expression.Call(token.text(), arguments, token.at());
	}

	private void enter() {
		if (++depth > MAX_DEPTH) {
			throw new FormulaException("configurator.formula.too-deep", MAX_DEPTH);
		}
	}

	private void expect(String symbol) {
		Token token = advance();
		if (!token.is(symbol)) {
			if (token.kind() == Token.Kind.END) {
				throw new FormulaException("configurator.formula.missing", token.at(), symbol);
			}
			throw unexpected(token);
		}
	}

	private static FormulaException unexpected(Token token) {
		if (token.kind() == Token.Kind.END) {
			return new FormulaException("configurator.formula.incomplete", token.at());
		}
		return new FormulaException("configurator.formula.unexpected", token.at(),
				token.kind() == Token.Kind.TEXT ? "'" + token.text() + "'" : token.text());
	}

	private Token peek() {
		return tokens.get(index);
	}

	private Token advance() {
		Token token = tokens.get(index);
		if (token.kind() != Token.Kind.END) {
			index++;
		}
		return token;
	}
}
