package io.atelier.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import io.atelier.shared.web.ProblemWriter;

/**
 * Answers 401 and 403 from the security filters as problem+json in the caller's language, like every other error.
 */
@Component
public class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemWriter problems;

	ProblemAnswers(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden");
	}

	public void signInRefused(HttpServletRequest request, HttpServletResponse response, boolean locked)
			throws IOException {
		String detail = problems.text(request, locked ? "problem.locked.detail" : "problem.bad-credentials.detail",
				LoginAttempts.MAX_FAILURES, LoginAttempts.LOCK_DURATION.toMinutes());
		problems.writeWithDetail(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", detail);
	}
}
