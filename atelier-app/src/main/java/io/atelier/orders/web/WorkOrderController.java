package io.atelier.orders.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
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

/**
 * The work orders of a released order, and the minimal shop-floor reports on their operations (scanning and job cards
 * build on these later).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Work orders", description = "Work orders (生产工单) of released orders and their operations (工序)")
class WorkOrderController {

	private final WorkOrders workOrders;

	WorkOrderController(WorkOrders workOrders) {
		this.workOrders = workOrders;
	}

	@GetMapping("/orders/{id}/work-orders")
	@PreAuthorize(Roles.AUTHENTICATED)
	@Operation(summary = "The work orders of a released order in depth-first order (parentNumber links a work order to "
			+ "the one it is made for), with operations and material requirements (404 if not yours). Roles: "
			+ "everyone; a customer only their own, with the operations' progress but no machines, times or "
			+ "materials.")
	List<WorkOrderView> list(@PathVariable long id) {
		return workOrders.ofOrder(id);
	}

	@PostMapping("/operations/{id}/start")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Start a ready operation (and its work order with its first operation); 409 with the reason "
			+ "otherwise. Answers the work order. Roles: ADMIN, SUPERVISOR, OPERATOR.")
	WorkOrderView start(@PathVariable long id) {
		return workOrders.report(id, OperationAction.START);
	}

	@PostMapping("/operations/{id}/pause")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Pause an operation in progress (409 otherwise). Roles: ADMIN, SUPERVISOR, OPERATOR.")
	WorkOrderView pause(@PathVariable long id) {
		return workOrders.report(id, OperationAction.PAUSE);
	}

	@PostMapping("/operations/{id}/resume")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Resume a paused operation (409 otherwise). Roles: ADMIN, SUPERVISOR, OPERATOR.")
	WorkOrderView resume(@PathVariable long id) {
		return workOrders.report(id, OperationAction.RESUME);
	}

	@PostMapping("/operations/{id}/finish")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Finish an operation in progress: the operations waiting only for it become ready, the last "
			+ "one finishes the work order (409 otherwise). Roles: ADMIN, SUPERVISOR, OPERATOR.")
	WorkOrderView finish(@PathVariable long id) {
		return workOrders.report(id, OperationAction.FINISH);
	}

	@PostMapping("/operations/{id}/cancel")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Cancel an operation not yet done (409 otherwise). Roles: ADMIN, SUPERVISOR, OPERATOR.")
	WorkOrderView cancel(@PathVariable long id) {
		return workOrders.report(id, OperationAction.CANCEL);
	}
}
