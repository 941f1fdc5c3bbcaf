package io.atelier.configurator.formula;

import java.util.ArrayList;
import java.util.List;

/** Splits a formula into numbers, quoted texts, names and operator symbols. */
final class Tokenizer {

	private static final List<String> SYMBOLS = List.of("<=", ">=", "!=", "+", "-", "*", "/", "^", "%", "(", ")", ",",
			"=", "<", ">");

	private final String source;

	private int index;

	Tokenizer(String source) {
		this.source = source;
	}

	List<Token> tokens() {
		List<Token> tokens = new ArrayList<>();
		while (true) {
			while (index < source.length() && Character.isWhitespace(source.charAt(index))) {
				index++;
			}
			if (index >= source.length()) {
				tokens.add(new Token(Token.Kind.END, "", index + 1));
				return tokens;
			}
			tokens.add(next());
		}
	}

	private Token next() {
		char c = source.charAt(index);
		int start = index;
		if (Character.isDigit(c) || c == '.' && index + 1 < source.length() && Character.isDigit(source.charAt(index + 1))) {
			return number(start);
		}
		if (Character.isLetter(c) || c == '_') {
			while (index < source.length() && (Character.isLetterOrDigit(source.charAt(index)) || source.charAt(index) == '_')) {
				index++;
			}
			return new Token(Token.Kind.NAME, source.substring(start, index), start + 1);
		}
		if (c == '\'' || c == '"') {
			int end = source.indexOf(c, index + 1);
			if (end < 0) {
				throw new FormulaException("configurator.formula.unclosed-text", start + 1);
			}
			index = end + 1;
			return new Token(Token.Kind.TEXT, source.substring(start + 1, end), start + 1);
		}
		for (String symbol : SYMBOLS) {
			if (source.startsWith(symbol, index)) {
				index += symbol.length();
				return new Token(Token.Kind.SYMBOL, symbol, start + 1);
			}
		}
		throw new FormulaException("configurator.formula.unexpected-character", start + 1, String.valueOf(c));
	}

	private Token number(int start) {
		while (index < source.length() && Character.isDigit(source.charAt(index))) {
			index++;
		}
		if (index < source.length() && source.charAt(index) == '.') {
			index++;
			while (index < source.length() && Character.isDigit(source.charAt(index))) {
				index++;
			}
		}
		if (index + 1 < source.length() && (source.charAt(index) == 'e' || source.charAt(index) == 'E')) {
			int mark = index++;
			if (source.charAt(index) == '+' || source.charAt(index) == '-') {
				index++;
			}
			if (index >= source.length() || !Character.isDigit(source.charAt(index))) {
				index = mark; // not an exponent after all: reported below
			}
			while (index < source.length() && Character.isDigit(source.charAt(index))) {
				index++;
			}
		}
		if (index < source.length() && (Character.isLetter(source.charAt(index)) || source.charAt(index) == '.')) {
			throw new FormulaException("configurator.formula.bad-number", start + 1, source.substring(start, index + 1));
		}
		return new Token(Token.Kind.NUMBER, source.substring(start, index), start + 1);
	}
}
