package io.atelier.shared.tabular;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.atelier.shared.domain.FieldError;

/**
 * Reads typed values out of an import row, collecting one error per bad cell instead of stopping at the first, so that
 * the user sees everything that is wrong with a file at once. A bad cell yields {@code null} and an error.
 */
public final class Cells {

	private final Row row;

	private final List<RowError> errors;

	public Cells(Row row, List<RowError> errors) {
		this.row = row;
		this.errors = errors;
	}

	public int rowNumber() {
		return row.number();
	}

	public String text(String column) {
		return row.get(column);
	}

	public BigDecimal decimal(String column) {
		return parse(column, BigDecimal::new);
	}

	public Integer integer(String column) {
		return parse(column, value -> new BigDecimal(value).intValueExact());
	}

	public Boolean bool(String column) {
		return parse(column, value -> switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "y", "1", "是" -> Boolean.TRUE;
			case "false", "no", "n", "0", "否" -> Boolean.FALSE;
			default -> throw new IllegalArgumentException(value);
		});
	}

	public LocalDate date(String column) {
		return parse(column, LocalDate::parse);
	}

	public LocalTime time(String column) {
		return parse(column, LocalTime::parse);
	}

	public OffsetDateTime dateTime(String column) {
		return parse(column, OffsetDateTime::parse);
	}

	public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
		return parse(column, value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
	}

	/** Records an error found by the caller, for example an unknown reference. */
	public void reject(String column, String messageKey, Object... args) {
		errors.add(new RowError(row.number(), FieldError.of(column, messageKey, args)));
	}

	private <T> T parse(String column, Function<String, T> parser) {
		String value = row.get(column);
		if (value == null) {
			return null;
		}
		try {
			return parser.apply(value);
		}
		catch (IllegalArgumentException | ArithmeticException | DateTimeParseException ex) {
			reject(column, "import.bad-value", value);
			return null;
		}
	}
}
