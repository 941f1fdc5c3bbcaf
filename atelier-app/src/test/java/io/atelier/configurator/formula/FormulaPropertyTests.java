package io.atelier.configurator.formula;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.atelier.configurator.formula.Expression.Operator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random formulas, from a fixed seed so that a failure can be replayed: each is written as text together with its value
 * computed independently in exact integer arithmetic, then read and computed by the formula language. Printing a read
 * formula and reading it again gives the same formula.
 */
class FormulaPropertyTests {

	private static final long SEED = 20261122L;

	private static final int CASES = 3000;

	private static final Map<String, Symbol> SYMBOLS = Map.of("a", Symbol.of(Type.NUMBER), "b", Symbol.of(Type.NUMBER),
			"flag", Symbol.of(Type.YES_NO), "kind", Symbol.of(Type.TEXT));

	private static final Map<String, Object> VALUES = Map.of("a", new BigDecimal("7"), "b", new BigDecimal("-3"), "flag",
			true, "kind", "oak");

	private static final Map<String, BigInteger> INTEGERS = Map.of("a", BigInteger.valueOf(7), "b", BigInteger.valueOf(-3));

	/** A number formula as text with the strength of its outermost operator, and its exact value. */
	private record Sample(String text, int precedence, BigInteger value) {
	}

	private record Condition(String text, int precedence, boolean value) {
	}

	@Test
	void randomFormulasGiveTheValueComputedIndependently() {
		Random random = new Random(SEED);
		for (int i = 0; i < CASES; i++) {
			Sample sample = number(random, 4);
			Object computed = Formula.compile(sample.text(), SYMBOLS, Type.NUMBER).evaluate(VALUES);
			assertThat((BigDecimal) computed).as(sample.text()).isEqualByComparingTo(new BigDecimal(sample.value()));
			Condition condition = condition(random, 3);
			assertThat(Formula.compile(condition.text(), SYMBOLS, Type.YES_NO).evaluate(VALUES)).as(condition.text())
				.isEqualTo(condition.value());
		}
	}

	@Test
	void printingAndReadingAgainGivesTheSameFormula() {
		Random random = new Random(SEED + 1);
		for (int i = 0; i < CASES; i++) {
			Expression expression = random.nextBoolean() ? Parser.parse(number(random, 4).text())
					: Parser.parse(condition(random, 3).text());
			String printed = Printer.print(expression);
			assertThat(withoutPositions(Parser.parse(printed))).as(printed).isEqualTo(withoutPositions(expression));
			assertThat(Printer.print(Parser.parse(printed))).isEqualTo(printed);
		}
	}

	/**
	 * Values stay far below 16 digits, where decimal arithmetic with DECIMAL64 is exact, so that any difference is a
	 * mistake and not rounding.
	 */
	private static Sample number(Random random, int depth) {
		Sample sample = anyNumber(random, depth);
		return sample.value().abs().compareTo(LIMIT) > 0 ? leaf(random) : sample;
	}

	private static final BigInteger LIMIT = BigInteger.TEN.pow(12);

	private static Sample anyNumber(Random random, int depth) {
		if (depth == 0 || random.nextInt(4) == 0) {
			return leaf(random);
		}
		switch (random.nextInt(8)) {
			case 0 -> {
				Sample operand = number(random, depth - 1);
				return new Sample("-" + wrap(operand, Operator.NEG.precedence), Operator.NEG.precedence,
						operand.value().negate());
			}
			case 1 -> {
				Sample base = number(random, depth - 1);
				int exponent = random.nextInt(4);
				return new Sample(wrap(base, Operator.POW.precedence + 1) + " ^ " + exponent, Operator.POW.precedence,
						base.value().pow(exponent));
			}
			case 2 -> {
				Condition test = condition(random, depth - 1);
				Sample then = number(random, depth - 1);
				Sample otherwise = number(random, depth - 1);
				return new Sample("if(" + test.text() + ", " + then.text() + ", " + otherwise.text() + ")",
						Integer.MAX_VALUE, test.value() ? then.value() : otherwise.value());
			}
			case 3 -> {
				Sample x = number(random, depth - 1);
				Sample y = number(random, depth - 1);
				boolean min = random.nextBoolean();
				return new Sample((min ? "min(" : "max(") + x.text() + ", " + y.text() + ")", Integer.MAX_VALUE,
						min ? x.value().min(y.value()) : x.value().max(y.value()));
			}
			default -> {
				return binary(random, depth);
			}
		}
	}

	private static Sample binary(Random random, int depth) {
		Sample left = number(random, depth - 1);
		Sample right = number(random, depth - 1);
		Operator op = List.of(Operator.ADD, Operator.SUB, Operator.MUL, Operator.MOD).get(random.nextInt(4));
		if (op == Operator.MOD && right.value().signum() == 0) {
			op = Operator.ADD;
		}
		BigInteger value = switch (op) {
			case ADD -> left.value().add(right.value());
			case SUB -> left.value().subtract(right.value());
			case MUL -> left.value().multiply(right.value());
			default -> left.value().remainder(right.value());
		};
		return new Sample(wrap(left, op.precedence) + " " + op.symbol() + " " + wrap(right, op.precedence + 1),
				op.precedence, value);
	}

	private static Sample leaf(Random random) {
		if (random.nextBoolean()) {
			String name = random.nextBoolean() ? "a" : "b";
			return new Sample(name, Integer.MAX_VALUE, INTEGERS.get(name));
		}
		int n = random.nextInt(20);
		return new Sample(String.valueOf(n), Integer.MAX_VALUE, BigInteger.valueOf(n));
	}

	private static Condition condition(Random random, int depth) {
		if (depth == 0 || random.nextInt(3) == 0) {
			return switch (random.nextInt(4)) {
				case 0 -> new Condition("flag", Integer.MAX_VALUE, true);
				case 1 -> new Condition("kind = 'oak'", 4, true);
				case 2 -> {
					boolean value = random.nextBoolean();
					yield new Condition(String.valueOf(value), Integer.MAX_VALUE, value);
				}
				default -> compare(random, depth);
			};
		}
		Condition left = condition(random, depth - 1);
		switch (random.nextInt(3)) {
			case 0 -> {
				return new Condition("not " + wrap(left.text(), left.precedence(), 3), 3, !left.value());
			}
			case 1 -> {
				Condition right = condition(random, depth - 1);
				return new Condition(wrap(left.text(), left.precedence(), 2) + " and " + wrap(right.text(), right.precedence(), 3),
						2, left.value() && right.value());
			}
			default -> {
				Condition right = condition(random, depth - 1);
				return new Condition(wrap(left.text(), left.precedence(), 1) + " or " + wrap(right.text(), right.precedence(), 2),
						1, left.value() || right.value());
			}
		}
	}

	private static Condition compare(Random random, int depth) {
		Sample left = number(random, Math.max(depth, 1));
		Sample right = number(random, Math.max(depth, 1));
		int c = left.value().compareTo(right.value());
		String[] symbols = { "=", "!=", "<", "<=", ">", ">=" };
		boolean[] results = { c == 0, c != 0, c < 0, c <= 0, c > 0, c >= 0 };
		int pick = random.nextInt(symbols.length);
		return new Condition(wrap(left, 5) + " " + symbols[pick] + " " + wrap(right, 5), 4, results[pick]);
	}

	/** Parentheses where the strength of the operators asks for them, and now and then where it does not. */
	private static String wrap(Sample sample, int minimum) {
		return wrap(sample.text(), sample.precedence(), minimum);
	}

	private static String wrap(String text, int precedence, int minimum) {
		boolean needed = precedence < minimum;
		return needed || text.hashCode() % 7 == 0 ? "(" + text + ")" : text;
	}

	private static Expression withoutPositions(Expression e) {
		return switch (e) {
			case Expression.Number n -> new Expression.Number(n.value(), 0);
			case Expression.Text t -> new Expression.Text(t.value(), 0);
			case Expression.YesNo b -> new Expression.YesNo(b.value(), 0);
			case Expression.Reference r -> new Expression.Reference(r.code(), 0);
			case Expression.Unary u -> new Expression.Unary(u.operator(), withoutPositions(u.operand()), 0);
			case Expression.Binary b -> new Expression.Binary(b.operator(), withoutPositions(b.left()),
					withoutPositions(b.right()), 0);
			case Expression.Call c -> new Expression.Call(c.function(),
					new ArrayList<>(c.arguments().stream().map(FormulaPropertyTests::withoutPositions).toList()), 0);
		};
	}
}
