package io.atelier.orders.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.orders.ChangeRequestStatus;
import io.atelier.orders.ChangeRequests;
import io.atelier.orders.ChangeRequests.ChangeCommand;
import io.atelier.orders.ChangeRequests.ChangeRequestView;
import io.atelier.orders.ChangeRequests.DecisionCommand;
import io.atelier.shared.web.PageQuery;
import io.atelier.shared.web.PageResponse;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Change requests (变更申请) of released orders: requested by planners, decided by approvers (docs/orders.md). */
@RestController
@RequestMapping("/api")
@Tag(name = "Change requests", description = "Changes to released orders (变更申请), their approval and change log")
class ChangeRequestController {

	/**
	 * Staff, and of them only the configured approver roles (atelier.orders.change-approvers, never customers): the
	 * service refuses the others with 403 before it reads anything.
	 */
	private static final String APPROVERS = Roles.STAFF;

	private final ChangeRequests changes;

	ChangeRequestController(ChangeRequests changes) {
		this.changes = changes;
	}

	@PostMapping("/orders/{id}/change-requests")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Request a change of a released, in-production or held order (kind CHANGE_QUANTITY, "
			+ "CHANGE_PARAMETERS, ADD_LINE, REMOVE_LINE, CHANGE_DATES, CHANGE_PRIORITY or CANCEL) with the order's "
			+ "version and a reason; answers the pending request with its impact on the work orders. 422 naming the "
			+ "field (lines[i].parameters.<code> for a bad value), 409 if stale or not released. Accepts "
			+ "Idempotency-Key. Roles: ADMIN, PLANNER.")
	ChangeRequestView request(@PathVariable long id, @Valid @RequestBody ChangeCommand command) {
		return changes.request(id, command);
	}

	@GetMapping("/orders/{id}/change-requests")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "The order's change requests, newest first, with proposed change, impact and decision: with the "
			+ "audit trail, the order's change log. Roles: staff (not CUSTOMER).")
	List<ChangeRequestView> ofOrder(@PathVariable long id) {
		return changes.ofOrder(id);
	}

	@GetMapping("/change-requests")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Change requests by status (default PENDING: the approvers' inbox), oldest first, paged; sort "
			+ "requestedAt or orderNumber. Roles: staff (not CUSTOMER).")
	PageResponse<ChangeRequestView> list(@RequestParam(required = false) ChangeRequestStatus status,
			@ModelAttribute PageQuery page) {
		return changes.list(status, page);
	}

	@GetMapping("/change-requests/{id}")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "One change request. Roles: staff (not CUSTOMER).")
	ChangeRequestView get(@PathVariable long id) {
		return changes.get(id);
	}

	@PostMapping("/change-requests/{id}/approve")
	@PreAuthorize(APPROVERS)
	@Operation(summary = "Approve and apply a pending change request with its version and the order's version "
			+ "(orderVersion), all or nothing: the order changes, not-started work orders are re-exploded, added or "
			+ "cancelled, started ones are kept and flagged, a reschedule is requested. 409 if stale, already decided "
			+ "or superseded by another approved change; 403 for the requester (four-eyes) unless ADMIN. Accepts "
			+ "Idempotency-Key. Roles: atelier.orders.change-approvers (default ADMIN, MANAGER, PLANNER).")
	ChangeRequestView approve(@PathVariable long id, @Valid @RequestBody DecisionCommand command) {
		return changes.approve(id, command);
	}

	@PostMapping("/change-requests/{id}/reject")
	@PreAuthorize(APPROVERS)
	@Operation(summary = "Reject a pending change request with its version and a note (422 without); the order does "
			+ "not change. 403 for the requester (four-eyes) unless ADMIN. Roles: atelier.orders.change-approvers "
			+ "(default ADMIN, MANAGER, PLANNER).")
	ChangeRequestView reject(@PathVariable long id, @Valid @RequestBody DecisionCommand command) {
		return changes.reject(id, command);
	}

	@PostMapping("/change-requests/{id}/withdraw")
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Withdraw one's own pending change request (an administrator any) with its version. "
			+ "Roles: ADMIN, PLANNER.")
	ChangeRequestView withdraw(@PathVariable long id, @Valid @RequestBody DecisionCommand command) {
		return changes.withdraw(id, command);
	}
}
