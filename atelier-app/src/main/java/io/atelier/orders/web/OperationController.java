package io.atelier.orders.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.orders.WorkOrders;
import io.atelier.orders.WorkOrders.OperationAction;
import io.atelier.orders.WorkOrders.WorkOrderView;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The minimal shop-floor reports on an operation; scanning and job cards build on these later. */
@RestController
@RequestMapping("/api/operations/{id}")
@Tag(name = "Operations", description = "Operations (工序) of work orders, as the shop floor reports them")
class OperationController {

	private final WorkOrders workOrders;

	OperationController(WorkOrders workOrders) {
		this.workOrders = workOrders;
	}

	@PostMapping("/start")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Start a ready operation (and its work order with its first operation); 409 with the reason "
			+ "otherwise. Answers the work order. Roles: ADMIN, SUPERVISOR, OPERATOR.")
	WorkOrderView start(@PathVariable long id) {
		return workOrders.report(id, OperationAction.START);
	}

	@PostMapping("/pause")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Pause an operation in progress (409 otherwise). Roles: ADMIN, SUPERVISOR, OPERATOR.")
	WorkOrderView pause(@PathVariable long id) {
		return workOrders.report(id, OperationAction.PAUSE);
	}

	@PostMapping("/resume")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Resume a paused operation (409 otherwise). Roles: ADMIN, SUPERVISOR, OPERATOR.")
	WorkOrderView resume(@PathVariable long id) {
		return workOrders.report(id, OperationAction.RESUME);
	}

	@PostMapping("/finish")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Finish an operation in progress: the operations waiting only for it become ready, the last "
			+ "one finishes the work order (409 otherwise). Roles: ADMIN, SUPERVISOR, OPERATOR.")
	WorkOrderView finish(@PathVariable long id) {
		return workOrders.report(id, OperationAction.FINISH);
	}

	@PostMapping("/cancel")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Cancel an operation not yet done (409 otherwise). Roles: ADMIN, SUPERVISOR, OPERATOR.")
	WorkOrderView cancel(@PathVariable long id) {
		return workOrders.report(id, OperationAction.CANCEL);
	}
}
