package io.atelier.configurator.formula;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormulaTests {

	private static final Map<String, Symbol> PARAMETERS = Map.of("width", Symbol.of(Type.NUMBER), "depth",
			Symbol.of(Type.NUMBER), "material", new Symbol(Type.TEXT, Set.of("oak", "walnut")), "drawer",
			Symbol.of(Type.YES_NO), "note", Symbol.of(Type.TEXT));

	private static final Map<String, Object> VALUES = Map.of("width", new BigDecimal("1500"), "depth",
			new BigDecimal("700"), "material", "walnut", "drawer", true, "note", "");

	private static Object eval(String source, Type type) {
		return Formula.compile(source, PARAMETERS, type).evaluate(VALUES);
	}

	private static BigDecimal number(String source) {
		return (BigDecimal) eval(source, Type.NUMBER);
	}

	private static FormulaException refused(String source, Type type) {
		return (FormulaException) org.assertj.core.api.Assertions.catchThrowable(() -> eval(source, type));
	}

	@Test
	void panelAreaIsWidthTimesDepthInSquareMetres() {
		assertThat(number("width * depth / 1e6")).isEqualByComparingTo("1.05");
	}

	@Test
	void decimalArithmeticIsExact() {
		assertThat(number("0.1 + 0.2")).isEqualByComparingTo("0.3");
		assertThat(number("1 / 3")).isEqualByComparingTo("0.3333333333333333");
	}

	@Test
	void operatorsBindAsInSchool() {
		assertThat(number("2 + 3 * 4")).isEqualByComparingTo("14");
		assertThat(number("(2 + 3) * 4")).isEqualByComparingTo("20");
		assertThat(number("2 ^ 3 ^ 2")).isEqualByComparingTo("512");
		assertThat(number("-2 ^ 2")).isEqualByComparingTo("-4");
		assertThat(number("10 - 4 - 3")).isEqualByComparingTo("3");
		assertThat(number("7 % 3")).isEqualByComparingTo("1");
		assertThat(number("2 ^ -1")).isEqualByComparingTo("0.5");
	}

	@Test
	void choicesAreComparedByTheirCodes() {
		assertThat(eval("material = 'walnut' and drawer", Type.YES_NO)).isEqualTo(true);
		assertThat(eval("material != \"walnut\" or not drawer", Type.YES_NO)).isEqualTo(false);
		assertThat(eval("width >= 1500 and depth < 700", Type.YES_NO)).isEqualTo(false);
	}

	@Test
	void functionsCoverWhatQuantitiesNeed() {
		assertThat(number("if(drawer, 8, 0) + 16")).isEqualByComparingTo("24");
		assertThat(number("min(width, depth, 900)")).isEqualByComparingTo("700");
		assertThat(number("max(width, depth)")).isEqualByComparingTo("1500");
		assertThat(number("round(2.5)")).isEqualByComparingTo("3");
		assertThat(number("round(-2.5)")).isEqualByComparingTo("-3");
		assertThat(number("round(1.23456, 2)")).isEqualByComparingTo("1.23");
		assertThat(number("ceil(width / 400)")).isEqualByComparingTo("4");
		assertThat(number("floor(width / 400)")).isEqualByComparingTo("3");
		assertThat(number("abs(depth - width)")).isEqualByComparingTo("800");
		assertThat(number("sqrt(16)")).isEqualByComparingTo("4");
		assertThat(eval("if(width > 1000, 'PF-WALNUT', 'PF-OAK-MEL')", Type.TEXT)).isEqualTo("PF-WALNUT");
	}

	@Test
	void onlyTheBranchIfTakesIsComputed() {
		assertThat(number("if(depth = 0, 0, width / (depth - 700 + 1))")).isEqualByComparingTo("1500");
		assertThat(number("if(depth != 700, width / (depth - 700), 1)")).isEqualByComparingTo("1");
	}

	@Test
	void syntaxErrorsNameThePosition() {
		FormulaException error = refused("width * * depth", Type.NUMBER);
		assertThat(error.messageKey()).isEqualTo("configurator.formula.unexpected");
		assertThat(error.args()).containsExactly(9, "*");
		assertThat(refused("(width + 1", Type.NUMBER).messageKey()).isEqualTo("configurator.formula.missing");
		assertThat(refused("width $ 2", Type.NUMBER).args()).containsExactly(7, "$");
		assertThat(refused("'oak", Type.TEXT).messageKey()).isEqualTo("configurator.formula.unclosed-text");
		assertThat(refused("12abc", Type.NUMBER).messageKey()).isEqualTo("configurator.formula.bad-number");
		assertThat(refused("width +", Type.NUMBER).messageKey()).isEqualTo("configurator.formula.incomplete");
		assertThat(refused("1 < 2 < 3", Type.YES_NO).messageKey()).isEqualTo("configurator.formula.unexpected");
	}

	@Test
	void unknownNamesAreReportedWhereTheyAre() {
		FormulaException parameter = refused("width * heigth", Type.NUMBER);
		assertThat(parameter.messageKey()).isEqualTo("configurator.formula.unknown-parameter");
		assertThat(parameter.args()).containsExactly(9, "heigth");
		assertThat(refused("cos(width)", Type.NUMBER).args()).containsExactly(1, "cos");
		assertThat(refused("material = 'oka'", Type.YES_NO).args()).containsExactly(12, "oka", "material");
		assertThat(refused("round(1, 2, 3)", Type.NUMBER).messageKey()).isEqualTo("configurator.formula.arguments");
	}

	@Test
	void kindsThatDoNotFitAreRefusedBeforeAnyValueIsKnown() {
		assertThat(refused("material + 1", Type.NUMBER).messageKey()).isEqualTo("configurator.formula.expects-number");
		assertThat(refused("width = 'oak'", Type.YES_NO).messageKey()).isEqualTo("configurator.formula.mixed-kinds");
		assertThat(refused("if(width, 1, 2)", Type.NUMBER).messageKey()).isEqualTo("configurator.formula.expects-yes-no");
		assertThat(refused("if(drawer, 1, 'two')", Type.NUMBER).messageKey())
			.isEqualTo("configurator.formula.expects-number");
		assertThat(refused("width * 2", Type.YES_NO).messageKey()).isEqualTo("configurator.formula.expects-yes-no");
		assertThat(refused("drawer", Type.NUMBER).args()).containsExactly(1);
	}

	@Test
	void computingErrorsAreReportedAsSuch() {
		assertThat(refused("width / (depth - 700)", Type.NUMBER).messageKey())
			.isEqualTo("configurator.eval.division-by-zero");
		assertThat(refused("width % 0", Type.NUMBER).messageKey()).isEqualTo("configurator.eval.division-by-zero");
		assertThat(refused("sqrt(-1)", Type.NUMBER).messageKey()).isEqualTo("configurator.eval.negative-root");
		assertThat(refused("10 ^ 100000", Type.NUMBER).messageKey()).isEqualTo("configurator.eval.not-computable");
		assertThatThrownBy(() -> Formula.compile("width", PARAMETERS, Type.NUMBER).evaluate(Map.of()))
			.isInstanceOf(FormulaException.class)
			.extracting(e -> ((FormulaException) e).messageKey())
			.isEqualTo("configurator.eval.missing-value");
	}

	@Test
	void abusiveFormulasAreRefusedBeforeTheyCostAnything() {
		assertThat(refused("1" + " + 1".repeat(300), Type.NUMBER).messageKey()).isEqualTo("configurator.formula.too-long");
		assertThat(refused("(".repeat(60) + "1" + ")".repeat(60), Type.NUMBER).messageKey())
			.isEqualTo("configurator.formula.too-deep");
		assertThat(refused("-".repeat(60) + "1", Type.NUMBER).messageKey()).isEqualTo("configurator.formula.too-deep");
		assertThat(refused("not ".repeat(60) + "true", Type.YES_NO).messageKey())
			.isEqualTo("configurator.formula.too-deep");
		assertThat(refused("2" + "^2".repeat(60), Type.NUMBER).messageKey()).isEqualTo("configurator.formula.too-deep");
		assertThat(refused("", Type.NUMBER).messageKey()).isEqualTo("configurator.formula.empty");
	}

	@Test
	void keywordsAndFunctionNamesCannotBeParameterCodes() {
		assertThat(Parser.isReserved("and")).isTrue();
		assertThat(Parser.isReserved("Round")).isTrue();
		assertThat(Parser.isReserved("width")).isFalse();
	}

	@Test
	void printingGivesTheSimplestTextThatReadsTheSame() {
		assertThat(Printer.print(Parser.parse("((width)) * (depth / 1e6)"))).isEqualTo("width * (depth / 1000000)");
		assertThat(Printer.print(Parser.parse("(2 ^ 3) ^ 2"))).isEqualTo("(2 ^ 3) ^ 2");
		assertThat(Printer.print(Parser.parse("not (a and b) or c"))).isEqualTo("not (a and b) or c");
		assertThat(Printer.print(Parser.parse("if(x>1,'a',\"b's\")"))).isEqualTo("if(x > 1, 'a', \"b's\")");
	}
}
