package io.atelier.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.domain.StaleVersionException;
import io.atelier.shared.domain.StillInUseException;
import io.atelier.shared.tabular.ImportRejectedException;

/**
 * Turns every failure into an RFC 9457 problem in the caller's language, naming the fields at fault. A request never
 * gets a bare 500 for something the caller can fix.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The problem a failed part of a bulk request answers (one order of a bulk release): the same status and body as
	 * the failure would have answered alone.
	 */
	public ResponseEntity<ProblemDetail> problemOf(RuntimeException ex) {
		return switch (ex) {
			case RuleViolationException e -> ruleViolated(e);
			case NotFoundException e -> notFound(e);
			case StaleVersionException e -> stale(e);
			case OptimisticLockingFailureException e -> stale(e);
			case StillInUseException e -> stillInUse(e);
			case ConflictException e -> conflict(e);
			case DataIntegrityViolationException e -> integrity(e);
			default -> unexpected(ex);
		};
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> invalid(BindException ex) {
		List<Map<String, Object>> errors = ex.getFieldErrors()
			.stream()
			.map(error -> fieldError(error.getField(), error.getDefaultMessage()))
			.collect(Collectors.toList());
		ex.getGlobalErrors().forEach(error -> errors.add(fieldError(error.getObjectName(), error.getDefaultMessage())));
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex) {
		List<Map<String, Object>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> fieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
			.toList();
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", errors);
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<ProblemDetail> ruleViolated(RuleViolationException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", translate(ex.errors()));
	}

	@ExceptionHandler(ImportRejectedException.class)
	ResponseEntity<ProblemDetail> importRejected(ImportRejectedException ex) {
		List<Map<String, Object>> rows = ex.errors()
			.stream()
			.map(error -> Map.<String, Object>of("row", error.row(), "field", error.error().field(), "message",
					text(error.error().messageKey(), error.error().args().toArray())))
			.toList();
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", List.of(),
				ex.errors().stream().mapToInt(e -> e.row()).distinct().count());
		response.getBody().setProperty("rows", rows);
		return response;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		String field = JsonPaths.fieldOf(ex);
		List<Map<String, Object>> errors = field == null ? List.of()
				: List.of(fieldError(field, text("validation.malformed-value")));
		return problem(HttpStatus.BAD_REQUEST, "malformed", errors);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "malformed",
				List.of(fieldError(ex.getName(), text("validation.malformed-value"))));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "malformed",
				List.of(fieldError(ex.getParameterName(), text("validation.required"))));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException ex) {
		return problem(HttpStatus.BAD_REQUEST, "malformed",
				List.of(fieldError(ex.getRequestPartName(), text("validation.required"))));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", List.of());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", List.of());
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	ResponseEntity<ProblemDetail> notFound(Exception ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", List.of());
	}

	@ExceptionHandler({ StaleVersionException.class, OptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> stale(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, "stale", List.of(fieldError("version", text("problem.stale.detail"))));
	}

	@ExceptionHandler(StillInUseException.class)
	ResponseEntity<ProblemDetail> stillInUse(StillInUseException ex) {
		String users = ex.usages()
			.stream()
			.map(usage -> text("entity." + usage.entityType()) + " " + usage.label())
			.collect(Collectors.joining(", "));
		return problem(HttpStatus.CONFLICT, "in-use", List.of(), text("entity." + ex.entityType()), ex.label(), users);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		String message = text(ex.messageKey(), ex.args().toArray());
		List<Map<String, Object>> errors = ex.field() == null ? List.of() : List.of(fieldError(ex.field(), message));
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, "conflict", errors);
		response.getBody().setDetail(message);
		return response;
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
		log.info("Refused a write that breaks a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "integrity", List.of());
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		throw ex; // answered by Spring Security: 401 for anonymous callers, 403 otherwise
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", List.of());
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String kind, List<Map<String, Object>> errors,
			Object... detailArgs) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("https://atelier.io/problems/" + kind));
		problem.setTitle(text("problem." + kind + ".title"));
		problem.setDetail(text("problem." + kind + ".detail", detailArgs));
		problem.setProperty("errors", errors);
		return ResponseEntity.status(status).body(problem);
	}

	private List<Map<String, Object>> translate(List<FieldError> errors) {
		return errors.stream()
			.map(error -> fieldError(error.field(), text(error.messageKey(), error.args().toArray())))
			.toList();
	}

	private static Map<String, Object> fieldError(String field, String message) {
		return Map.of("field", field, "message", message == null ? "" : message);
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}
}
