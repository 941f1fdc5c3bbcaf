package io.atelier.orders.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.orders.Orders.OrderView;
import io.atelier.orders.SplitAndMerge;
import io.atelier.orders.SplitAndMerge.MergeCandidateView;
import io.atelier.orders.SplitAndMerge.MergeCommand;
import io.atelier.orders.SplitAndMerge.SplitCommand;
import io.atelier.orders.SplitAndMerge.WorkOrderSplitView;
import io.atelier.orders.WorkOrders.WorkOrderView;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Split an order line or a work order by quantity, and merge work orders into a batch (docs/orders.md). */
@RestController
@RequestMapping("/api")
@Tag(name = "Split and merge", description = "Partial deliveries (拆分) and batches (合并) of work orders")
class SplitMergeController {

	private final SplitAndMerge splitAndMerge;

	SplitMergeController(SplitAndMerge splitAndMerge) {
		this.splitAndMerge = splitAndMerge;
	}

	@PostMapping("/orders/{id}/lines/{lineNo}/split")
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Split a line of a draft or confirmed order: body {version, quantity, dueDate}; the new line "
			+ "(numbered after the last) takes quantity, the line keeps the rest. 422 naming quantity, 409 for a stale "
			+ "version or a released order (a change request). Answers the order. Roles: ADMIN, PLANNER.")
	OrderView splitLine(@PathVariable long id, @PathVariable int lineNo, @RequestBody SplitCommand command) {
		return splitAndMerge.splitLine(id, lineNo, command);
	}

	@PostMapping("/work-orders/{id}/split")
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Split a work order not done by quantity: body {version, quantity}; a new work order makes "
			+ "quantity with the same operations and its share of materials and sub-assemblies. 422 naming quantity, "
			+ "409 for a stale version, a batch or a closed work order. Roles: ADMIN, PLANNER.")
	WorkOrderSplitView splitWorkOrder(@PathVariable long id, @RequestBody SplitCommand command) {
		return splitAndMerge.splitWorkOrder(id, command);
	}

	@PostMapping("/work-orders/merge")
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Merge work orders not started, of the same item and configuration, into one batch: body "
			+ "{workOrders: [{id, version}]}. 422 naming the incompatible work order, 409 for a stale version or one "
			+ "already started or a batch. Answers the batch with its sources. Roles: ADMIN, PLANNER.")
	WorkOrderView merge(@RequestBody MergeCommand command) {
		return splitAndMerge.merge(command);
	}

	@GetMapping("/work-orders/merge-candidates")
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "The work orders (of any order) that could be merged with workOrderId now: same item and "
			+ "configuration, not started, due first first. Roles: ADMIN, PLANNER.")
	List<MergeCandidateView> mergeCandidates(@RequestParam long workOrderId) {
		return splitAndMerge.mergeCandidates(workOrderId);
	}
}
