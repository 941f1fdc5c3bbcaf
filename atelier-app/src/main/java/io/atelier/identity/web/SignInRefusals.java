package io.atelier.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.atelier.identity.ProblemAnswers;
import io.atelier.identity.SignInRefusedException;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SignInRefusals {

	private final ProblemAnswers problems;

	SignInRefusals(ProblemAnswers problems) {
		this.problems = problems;
	}

	@ExceptionHandler(SignInRefusedException.class)
	void refused(SignInRefusedException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		problems.signInRefused(request, response, ex.locked());
	}
}
