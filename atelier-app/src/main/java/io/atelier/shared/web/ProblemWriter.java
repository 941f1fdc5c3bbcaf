package io.atelier.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem+json answer from a servlet filter (outside Spring MVC, where {@code ApiExceptionHandler} cannot help),
 * in the language the request asks for.
 */
@Component
public class ProblemWriter {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json = JsonMapper.builder().build();

	ProblemWriter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	/** Writes the problem {@code kind} with its translated title and detail ({@code problem.<kind>.title/detail}). */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind,
			Object... detailArgs) throws IOException {
		writeWithDetail(request, response, status, kind, text(request, "problem." + kind + ".detail", detailArgs));
	}

	public void writeWithDetail(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind,
			String detail) throws IOException {
		Map<String, Object> body = Map.of("type", "https://atelier.io/problems/" + kind, "title",
				text(request, "problem." + kind + ".title"), "status", status.value(), "detail", detail, "errors", List.of());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}

	public String text(HttpServletRequest request, String key, Object... args) {
		Locale locale = locales.resolveLocale(request);
		return messages.getMessage(key, args, key, locale);
	}
}
