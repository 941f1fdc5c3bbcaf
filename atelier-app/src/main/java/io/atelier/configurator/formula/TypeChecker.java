package io.atelier.configurator.formula;

import java.util.Map;

import io.atelier.configurator.formula.Expression.Operator;

/**
 * Finds, before any value is known, what kind of value each part of a formula gives, and refuses unknown parameters and
 * functions, wrong argument counts, kinds that do not fit together and choice codes that are not options of the
 * parameter they are compared with.
 */
final class TypeChecker {

	private final Map<String, Symbol> symbols;

	TypeChecker(Map<String, Symbol> symbols) {
		this.symbols = symbols;
	}

	Type typeOf(Expression expression) {
		return switch (expression) {
			case Expression.Number n -> Type.NUMBER;
			case Expression.Text t -> Type.TEXT;
			case Expression.YesNo b -> Type.YES_NO;
			case Expression.Reference r -> symbol(r).type();
			case Expression.Unary u -> {
				Type operand = u.operator() == Operator.NOT ? Type.YES_NO : Type.NUMBER;
				require(u.operand(), operand);
				yield operand;
			}
			case Expression.Binary b -> binary(b);
			case Expression.Call c -> call(c);
		};
	}

	void require(Expression expression, Type expected) {
		if (typeOf(expression) != expected) {
			throw new FormulaException(expected.expectedKey(), expression.at());
		}
	}

	private Symbol symbol(Expression.Reference reference) {
		Symbol symbol = symbols.get(reference.code());
		if (symbol == null) {
			throw new FormulaException("configurator.formula.unknown-parameter", reference.at(), reference.code());
		}
		return symbol;
	}

	private Type binary(Expression.Binary b) {
		return switch (b.operator()) {
			case OR, AND -> {
				require(b.left(), Type.YES_NO);
				require(b.right(), Type.YES_NO);
				yield Type.YES_NO;
			}
			case EQ, NE -> {
				Type left = typeOf(b.left());
				if (typeOf(b.right()) != left) {
					throw new FormulaException("configurator.formula.mixed-kinds", b.at(), b.operator().symbol);
				}
				checkOption(b.left(), b.right());
				checkOption(b.right(), b.left());
				yield Type.YES_NO;
			}
			case LT, LE, GT, GE -> {
				require(b.left(), Type.NUMBER);
				require(b.right(), Type.NUMBER);
				yield Type.YES_NO;
			}
			default -> {
				require(b.left(), Type.NUMBER);
				require(b.right(), Type.NUMBER);
				yield Type.NUMBER;
			}
		};
	}

	/** {@code material = 'oka'} can never hold: the misspelt option is reported when the template is saved. */
	private void checkOption(Expression side, Expression other) {
		if (side instanceof Expression.Reference r && other instanceof Expression.Text t) {
			Symbol symbol = symbol(r);
			if (!symbol.options().isEmpty() && !symbol.options().contains(t.value())) {
				throw new FormulaException("configurator.formula.unknown-option", t.at(), t.value(), r.code());
			}
		}
	}

	private Type call(Expression.Call c) {
		Function function = Function.named(c.function())
			.orElseThrow(() -> new FormulaException("configurator.formula.unknown-function", c.at(), c.function()));
		int count = c.arguments().size();
		if (count < function.minArguments || count > function.maxArguments) {
			throw new FormulaException("configurator.formula.arguments", c.at(), function.spelling, function.arity());
		}
		if (function == Function.IF) {
			require(c.arguments().get(0), Type.YES_NO);
			Type then = typeOf(c.arguments().get(1));
			require(c.arguments().get(2), then);
			return then;
		}
		c.arguments().forEach(argument -> require(argument, Type.NUMBER));
		return Type.NUMBER;
	}
}
