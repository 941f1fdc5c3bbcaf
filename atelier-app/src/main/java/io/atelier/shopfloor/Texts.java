package io.atelier.shopfloor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** The printed texts in one language, from the {@code i18n/shopfloor} bundle. */
record Texts(MessageSource messages, Locale locale) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	String get(String key, Object... args) {
		return messages.getMessage("shopfloor." + key, args, locale);
	}

	static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}
}
