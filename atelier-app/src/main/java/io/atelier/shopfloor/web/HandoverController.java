package io.atelier.shopfloor.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.web.PageResponse;
import io.atelier.shared.web.Roles;
import io.atelier.shopfloor.Handovers;
import io.atelier.shopfloor.Handovers.DiscrepancyView;
import io.atelier.shopfloor.Handovers.Direction;
import io.atelier.shopfloor.Handovers.HandoverView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Handovers between workshops (车间交接) and the supervisors' discrepancies (docs/shopfloor.md, "Handovers"). */
@RestController
@RequestMapping("/api/shopfloor")
@Tag(name = "Shop floor")
class HandoverController {

	private final Handovers handovers;

	HandoverController(Handovers handovers) {
		this.handovers = handovers;
	}

	@PostMapping("/handovers")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Scan out: hand over a quantity of an operation (operationId, or workOrderId for its last "
			+ "operation) to the next operation in another workshop (toOperationId when there are several). 422 naming "
			+ "operationId (unknown, no next workshop) or quantity (more than finished and not yet handed over). "
			+ "Accepts Idempotency-Key. Roles: ADMIN, SUPERVISOR, OPERATOR.")
	HandoverView handOver(@RequestBody Handovers.HandOver command, Authentication user) {
		return handovers.handOver(command, user.getName());
	}

	@PostMapping("/handovers/{id}/receive")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Scan in: the receiver confirms with the counted quantity and re-enters their password (422 "
			+ "naming password when wrong; it counts towards the sign-in lock-out). A count that differs opens a "
			+ "discrepancy. 409 when already received or cancelled, or changed since version. Accepts Idempotency-Key. "
			+ "Roles: ADMIN, SUPERVISOR, OPERATOR.")
	HandoverView receive(@PathVariable long id, @RequestBody Handovers.Receipt receipt, Authentication user) {
		return handovers.receive(id, receipt, user.getName());
	}

	@PostMapping("/handovers/{id}/cancel")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "The sender (or a supervisor) withdraws a handover before it is received; 409 after, 403 for "
			+ "another operator. Roles: ADMIN, SUPERVISOR, OPERATOR.")
	HandoverView cancel(@PathVariable long id, Authentication user) {
		return handovers.cancel(id, user.getName(), supervisor(user));
	}

	@GetMapping("/handovers")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Handovers, newest first: a workshop's INCOMING (what it is about to receive) or OUTGOING ones "
			+ "(both without direction), filtered by status IN_TRANSIT, RECEIVED or CANCELLED. Roles: staff.")
	PageResponse<HandoverView> list(@RequestParam(required = false) Long workshopId,
			@RequestParam(required = false) Direction direction, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		checkPage(page, size);
		return handovers.list(workshopId, direction, status, page, size);
	}

	record MyWorkshop(Long workshopId) {
	}

	@GetMapping("/handovers/my-workshop")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "The workshop of the worker linked to the signed-in account (null when none is linked): the "
			+ "phone's handover screen starts there. Roles: ADMIN, SUPERVISOR, OPERATOR.")
	MyWorkshop myWorkshop(Authentication user) {
		return new MyWorkshop(handovers.workshopOf(user.getName()).orElse(null));
	}

	@GetMapping("/handovers/{id}")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "One handover with both people and times. Roles: staff.")
	HandoverView get(@PathVariable long id) {
		return handovers.get(id);
	}

	@GetMapping("/discrepancies")
	@PreAuthorize(ExceptionQueueController.SUPERVISORS)
	@Operation(summary = "Handover discrepancies, oldest first: sent, counted, difference, both people and times; "
			+ "status=OPEN or RESOLVED, workshopId for those the workshop sent or received. Roles: ADMIN, SUPERVISOR.")
	PageResponse<DiscrepancyView> discrepancies(@RequestParam(required = false) String status,
			@RequestParam(required = false) Long workshopId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		checkPage(page, size);
		return handovers.discrepancies(status, workshopId, page, size);
	}

	@PostMapping("/discrepancies/{id}/resolve")
	@PreAuthorize(ExceptionQueueController.SUPERVISORS)
	@Operation(summary = "Decide a discrepancy with a reason: ACCEPT_COUNTED, ACCEPT_SENT, or RECOUNT with "
			+ "recountedQuantity. 409 when decided before. Roles: ADMIN, SUPERVISOR.")
	DiscrepancyView resolve(@PathVariable long id, @RequestBody Handovers.Resolve command, Authentication user) {
		return handovers.resolve(id, command, user.getName());
	}

	private static void checkPage(int page, int size) {
		if (page < 0) {
			throw new RuleViolationException("page", "validation.page");
		}
		if (size < 1 || size > 500) {
			throw new RuleViolationException("size", "validation.size", 500);
		}
	}

	private static boolean supervisor(Authentication user) {
		return user.getAuthorities()
			.stream()
			.anyMatch(a -> "ROLE_SUPERVISOR".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
	}
}
