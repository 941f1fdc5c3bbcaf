package io.atelier.planning.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.orders.Orders;
import io.atelier.orders.Orders.OrderView;
import io.atelier.orders.Orders.PromiseCommand;
import io.atelier.orders.Orders.PromiseView;
import io.atelier.planning.OrderPromises;
import io.atelier.planning.PromiseProposal;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/orders/{id}")
@Tag(name = "Promise", description = "Order promise (承诺交期): a proposed date from the current plan, then the promise")
class PromiseController {

	private final OrderPromises promises;

	private final Orders orders;

	PromiseController(OrderPromises promises, Orders orders) {
		this.promises = promises;
		this.orders = orders;
	}

	@PostMapping("/promise-proposal")
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Propose a promised date for a draft or confirmed order (409 otherwise): its lines exploded "
			+ "without saving, placed behind the current plan, after its bought materials arrive. Answers the date, "
			+ "the production completion, the limiting bought item if any, the operations and the plan used. "
			+ "Roles: ADMIN, PLANNER.")
	PromiseProposal propose(@PathVariable long id) {
		return promises.propose(id);
	}

	@PostMapping("/promise")
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Promise a draft or confirmed order for a date: body {version, promisedDate, proposedDate, "
			+ "reason}; the reason is required when the date is not the proposed one (422 naming reason); 409 if the "
			+ "version is stale or the order is released. Roles: ADMIN, PLANNER.")
	OrderView promise(@PathVariable long id, @Valid @RequestBody PromiseCommand command) {
		return promises.promise(id, command);
	}

	@GetMapping("/promises")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "The promises made for an order, newest first: date, proposal, reason, who and when. "
			+ "Roles: staff.")
	List<PromiseView> history(@PathVariable long id) {
		return orders.promises(id);
	}
}
