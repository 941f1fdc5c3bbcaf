package io.atelier.configurator.formula;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import io.atelier.configurator.formula.Expression.Operator;

/**
 * Computes a checked formula for one set of parameter values, in decimal arithmetic with 16 significant digits
 * (DECIMAL64): {@code 0.1 + 0.2} is exactly {@code 0.3}. Only the branch {@code if} takes is computed, so
 * {@code if(d = 0, 0, w / d)} never divides by zero.
 */
final class Evaluator {

	static final MathContext MATH = MathContext.DECIMAL64;

	/** Larger exponents are refused: no product needs them and they would only cost time. */
	private static final int MAX_EXPONENT = 1000;

	private final Map<String, ?> values;

	Evaluator(Map<String, ?> values) {
		this.values = values;
	}

	Object evaluate(Expression expression) {
		return switch (expression) {
			case Expression.Number n -> n.value();
			case Expression.Text t -> t.value();
			case Expression.YesNo b -> b.value();
			case Expression.Reference r -> {
				Object value = values.get(r.code());
				if (value == null) {
					throw new FormulaException("configurator.eval.missing-value", r.code());
				}
				yield value;
			}
			case Expression.Unary u -> u.operator() == Operator.NOT ? !yesNo(u.operand()) : number(u.operand()).negate(MATH);
			case Expression.Binary b -> binary(b);
			case Expression.Call c -> call(c);
		};
	}

	private boolean yesNo(Expression expression) {
		return (Boolean) evaluate(expression);
	}

	private BigDecimal number(Expression expression) {
		return (BigDecimal) evaluate(expression);
	}

	private Object binary(Expression.Binary b) {
		return switch (b.operator()) {
			case OR -> yesNo(b.left()) || yesNo(b.right());
			case AND -> yesNo(b.left()) && yesNo(b.right());
			case EQ -> same(evaluate(b.left()), evaluate(b.right()));
			case NE -> !same(evaluate(b.left()), evaluate(b.right()));
			case LT -> number(b.left()).compareTo(number(b.right())) < 0;
			case LE -> number(b.left()).compareTo(number(b.right())) <= 0;
			case GT -> number(b.left()).compareTo(number(b.right())) > 0;
			case GE -> number(b.left()).compareTo(number(b.right())) >= 0;
			default -> arithmetic(b.operator(), number(b.left()), number(b.right()));
		};
	}

	private static boolean same(Object left, Object right) {
		return left instanceof BigDecimal l && right instanceof BigDecimal r ? l.compareTo(r) == 0 : left.equals(right);
	}

	static BigDecimal arithmetic(Operator operator, BigDecimal left, BigDecimal right) {
		try {
			return switch (operator) {
				case ADD -> left.add(right, MATH);
				case SUB -> left.subtract(right, MATH);
				case MUL -> left.multiply(right, MATH);
				case DIV -> left.divide(nonZero(right), MATH);
				case MOD -> left.remainder(nonZero(right), MATH);
				case POW -> power(left, right);
				default -> throw new IllegalArgumentException(operator.name());
			};
		}
		catch (ArithmeticException ex) {
			throw new FormulaException("configurator.eval.not-computable");
		}
	}

	private static BigDecimal nonZero(BigDecimal divisor) {
		if (divisor.signum() == 0) {
			throw new FormulaException("configurator.eval.division-by-zero");
		}
		return divisor;
	}

	private static BigDecimal power(BigDecimal base, BigDecimal exponent) {
		if (exponent.abs().compareTo(BigDecimal.valueOf(MAX_EXPONENT)) > 0) {
			throw new FormulaException("configurator.eval.not-computable");
		}
		if (exponent.stripTrailingZeros().scale() <= 0) {
			if (base.signum() == 0 && exponent.signum() < 0) {
				throw new FormulaException("configurator.eval.division-by-zero");
			}
			return base.pow(exponent.intValueExact(), MATH);
		}
		double result = Math.pow(base.doubleValue(), exponent.doubleValue());
		if (Double.isNaN(result) || Double.isInfinite(result)) {
			throw new FormulaException("configurator.eval.not-computable");
		}
		return new BigDecimal(result, MATH);
	}

	private Object call(Expression.Call c) {
		Function function = Function.named(c.function()).orElseThrow();
		List<Expression> args = c.arguments();
		return switch (function) {
			case IF -> yesNo(args.get(0)) ? evaluate(args.get(1)) : evaluate(args.get(2));
			case MIN -> args.stream().map(this::number).reduce(BigDecimal::min).orElseThrow();
			case MAX -> args.stream().map(this::number).reduce(BigDecimal::max).orElseThrow();
			case ROUND -> round(number(args.get(0)), args.size() > 1 ? number(args.get(1)) : BigDecimal.ZERO);
			case CEIL -> number(args.get(0)).setScale(0, RoundingMode.CEILING);
			case FLOOR -> number(args.get(0)).setScale(0, RoundingMode.FLOOR);
			case ABS -> number(args.get(0)).abs();
			case SQRT -> {
				BigDecimal x = number(args.get(0));
				if (x.signum() < 0) {
					throw new FormulaException("configurator.eval.negative-root");
				}
				yield x.sqrt(MATH);
			}
		};
	}

	/** Half away from zero, as people round: {@code round(2.5) = 3}, {@code round(-2.5) = -3}. */
	private static BigDecimal round(BigDecimal x, BigDecimal places) {
		if (places.stripTrailingZeros().scale() > 0 || places.abs().compareTo(BigDecimal.valueOf(12)) > 0) {
			throw new FormulaException("configurator.eval.round-places");
		}
		return x.setScale(places.intValue(), RoundingMode.HALF_UP);
	}
}
