package io.atelier.orders.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.orders.WorkOrders;
import io.atelier.orders.WorkOrders.WorkOrderView;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/orders/{id}/work-orders")
@Tag(name = "Orders", description = "Customer orders (订单), their lines and life cycle")
class WorkOrderController {

	private final WorkOrders workOrders;

	WorkOrderController(WorkOrders workOrders) {
		this.workOrders = workOrders;
	}

	@GetMapping
	@PreAuthorize(Roles.AUTHENTICATED)
	@Operation(summary = "The work orders of a released order in depth-first order (parentNumber links a work order to "
			+ "the one it is made for), with operations and material requirements (404 if not yours). Roles: "
			+ "everyone; a customer only their own, with the operations' progress but no machines, times or "
			+ "materials.")
	List<WorkOrderView> list(@PathVariable long id) {
		return workOrders.ofOrder(id);
	}
}
