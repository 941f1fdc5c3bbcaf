package io.atelier.identity;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 401 and 403 from the security filters as problem+json in the caller's language, like every other error.
 */
@Component
public class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json = JsonMapper.builder().build();

	ProblemAnswers(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "forbidden");
	}

	public void signInRefused(HttpServletRequest request, HttpServletResponse response, boolean locked)
			throws IOException {
		String detail = text(request, locked ? "problem.locked.detail" : "problem.bad-credentials.detail",
				LoginAttempts.MAX_FAILURES, LoginAttempts.LOCK_DURATION.toMinutes());
		write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", detail);
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind)
			throws IOException {
		write(request, response, status, kind, text(request, "problem." + kind + ".detail"));
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind, String detail)
			throws IOException {
		Map<String, Object> body = Map.of("type", "https://atelier.io/problems/" + kind, "title",
				text(request, "problem." + kind + ".title"), "status", status.value(), "detail", detail, "errors", List.of());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}

	String text(HttpServletRequest request, String key, Object... args) {
		Locale locale = locales.resolveLocale(request);
		return messages.getMessage(key, args, key, locale);
	}
}
