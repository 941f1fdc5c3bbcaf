package io.atelier.factory;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the days of a shift in one column as {@code MON,TUE,WED}, always in week order. */
@Converter
class WeekdaysConverter implements AttributeConverter<Set<Weekday>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Weekday> days) {
		return days == null ? "" : Weekday.format(days);
	}

	@Override
	public Set<Weekday> convertToEntityAttribute(String column) {
		EnumSet<Weekday> days = EnumSet.noneOf(Weekday.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(String::trim).map(Weekday::valueOf).forEach(days::add);
		}
		return days;
	}
}
