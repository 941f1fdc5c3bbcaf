package io.atelier.shared.files;

import java.net.URI;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a file over a feature's limit with 413 and the limit, in the caller's language. */
@RestControllerAdvice
class FileTooLargeHandler {

	private final MessageSource messages;

	FileTooLargeHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(FileTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(FileTooLargeException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE);
		problem.setType(URI.create("https://atelier.io/problems/too-large"));
		problem.setTitle(text("problem.too-large.title"));
		String detail = text("files.too-large", Math.max(1, ex.maxBytes() / (1024 * 1024)));
		problem.setDetail(detail);
		problem.setProperty("errors", List.of(java.util.Map.of("field", "file", "message", detail)));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
