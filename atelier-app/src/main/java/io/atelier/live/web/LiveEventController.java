package io.atelier.live.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.atelier.identity.CurrentUser;
import io.atelier.live.LiveStream;
import io.atelier.shared.web.ProblemWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The stream of live changes a browser keeps open (an {@code EventSource}). */
@RestController
@Tag(name = "Live progress")
class LiveEventController {

	private final LiveStream stream;

	private final ProblemWriter problems;

	LiveEventController(LiveStream stream, ProblemWriter problems) {
		this.stream = stream;
		this.problems = problems;
	}

	@GetMapping(path = "/api/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Server-sent events: `ready` when connected, then `progress` per change (kind, orderId, "
			+ "workOrderId, operationId, status, good, scrap), `resync` when changes may have been missed (refresh in "
			+ "full), a comment every 15 s. A customer hears only of their own orders. 429 when the user has too many "
			+ "streams open. Roles: every signed-in user.")
	SseEmitter stream(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		try {
			return stream.open(user);
		}
		catch (LiveStream.TooManyStreamsException ex) {
			problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "live-streams", ex.limit());
			return null;
		}
	}

	/** A browser that went away while an event was written to it: nothing to answer, nothing to report. */
	@ExceptionHandler(AsyncRequestNotUsableException.class)
	void gone() {
		// the stream is over; the browser reconnects if it is still there
	}
}
