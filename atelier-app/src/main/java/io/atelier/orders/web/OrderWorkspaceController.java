package io.atelier.orders.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.orders.OrderComments;
import io.atelier.orders.OrderComments.CommentCommand;
import io.atelier.orders.OrderComments.CommentView;
import io.atelier.orders.OrderProgress;
import io.atelier.orders.OrderProgress.ProgressView;
import io.atelier.orders.OrderTimeline;
import io.atelier.orders.OrderTimeline.TimelinePage;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The order workspace's own reads and writes: comments, the timeline, production progress (docs/orders.md). */
@RestController
@RequestMapping("/api/orders/{id}")
@Tag(name = "Orders")
class OrderWorkspaceController {

	private final OrderComments comments;

	private final OrderTimeline timeline;

	private final OrderProgress progress;

	OrderWorkspaceController(OrderComments comments, OrderTimeline timeline, OrderProgress progress) {
		this.comments = comments;
		this.timeline = timeline;
		this.progress = progress;
	}

	@GetMapping("/comments")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "The order's comments, oldest first, with the users each mentions. Roles: staff (customers do "
			+ "not read internal comments).")
	List<CommentView> comments(@PathVariable long id) {
		return comments.list(id);
	}

	@PostMapping("/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Write a comment (body up to 4000 characters, 422 when empty or longer); each @username of a "
			+ "staff user is a mention and notifies that user. Roles: staff.")
	CommentView post(@PathVariable long id, @Valid @RequestBody CommentCommand command) {
		return comments.post(id, command);
	}

	@PutMapping("/comments/{commentId}")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Change your own comment, sending back its version (409 if stale, 403 if not yours); newly "
			+ "mentioned users are notified. Roles: staff.")
	CommentView edit(@PathVariable long id, @PathVariable long commentId, @Valid @RequestBody CommentCommand command) {
		return comments.edit(id, commentId, command);
	}

	@DeleteMapping("/comments/{commentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Remove your own comment (an administrator: any), with its version (409 if stale, 403 if not "
			+ "yours). Roles: staff.")
	void delete(@PathVariable long id, @PathVariable long commentId, @RequestParam(required = false) Long version) {
		comments.delete(id, commentId, version);
	}

	@GetMapping("/timeline")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Everything that happened to the order, newest first: changes and status changes of the order, "
			+ "its lines, work orders and operations (from the audit trail), comments, attachments. Each entry is "
			+ "{at, actor, kind, params}. Paged by time: limit (default 50, up to 200), before=<nextBefore of the last "
			+ "page>. Roles: staff.")
	TimelinePage timeline(@PathVariable long id, @RequestParam(required = false) Instant before,
			@RequestParam(required = false) Integer limit) {
		return timeline.of(id, before, limit);
	}

	@GetMapping("/progress")
	@PreAuthorize(Roles.AUTHENTICATED)
	@Operation(summary = "Production progress: work orders and operations done of those to do, per work order with the "
			+ "quantity made. Roles: everyone; a customer only their own orders (404 otherwise).")
	ProgressView progress(@PathVariable long id) {
		return progress.of(id);
	}
}
