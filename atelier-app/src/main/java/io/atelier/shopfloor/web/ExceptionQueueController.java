package io.atelier.shopfloor.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shopfloor.ExceptionQueue;
import io.atelier.shopfloor.ExceptionQueue.Decision;
import io.atelier.shopfloor.ExceptionQueue.ExceptionView;
import io.atelier.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The supervisor's exception queue: refused reports, never dropped, waiting for a decision. */
@RestController
@RequestMapping("/api/shopfloor/exceptions")
@Tag(name = "Shop floor")
class ExceptionQueueController {

	static final String SUPERVISORS = "hasAnyRole('ADMIN','SUPERVISOR')";

	private final ExceptionQueue queue;

	ExceptionQueueController(ExceptionQueue queue) {
		this.queue = queue;
	}

	record Resolution(String decision, String reason) {
	}

	@GetMapping
	@PreAuthorize(SUPERVISORS)
	@Operation(summary = "The reports the operations refused, oldest first, with the report and the reason; "
			+ "status=OPEN or RESOLVED filters. Roles: ADMIN, SUPERVISOR.")
	PageResponse<ExceptionView> list(@RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (page < 0) {
			throw new RuleViolationException("page", "validation.page");
		}
		if (size < 1 || size > 500) {
			throw new RuleViolationException("size", "validation.size", 500);
		}
		return queue.list(status, page, size);
	}

	@PostMapping("/{id}/resolve")
	@PreAuthorize(SUPERVISORS)
	@Operation(summary = "Resolve an open exception with a reason: DISMISS keeps the report on record only, REAPPLY "
			+ "applies it now, overriding the predecessor rule (422 with the reason if it still does not apply; 409 "
			+ "already resolved). Roles: ADMIN, SUPERVISOR.")
	ExceptionView resolve(@PathVariable long id, @RequestBody Resolution resolution, Authentication user) {
		Decision decision;
		try {
			decision = Decision.valueOf(String.valueOf(resolution.decision()));
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("decision", "shopfloor.exception.decision.invalid");
		}
		return queue.resolve(id, decision, resolution.reason(), user.getName());
	}
}
