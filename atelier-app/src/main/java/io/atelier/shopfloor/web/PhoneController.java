package io.atelier.shopfloor.web;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.shared.web.Roles;
import io.atelier.shopfloor.PhoneTasks;
import io.atelier.shopfloor.PhoneTasks.MyTasks;
import io.atelier.shopfloor.PhoneTasks.OperationScreen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What the phone screens read: the signed-in worker's tasks and one operation (docs/shopfloor.md, "Phone screens"). */
@RestController
@RequestMapping("/api/shopfloor")
@Tag(name = "Shop floor", description = "Production reports (报工) applied exactly once, and the exception queue")
class PhoneController {

	private final PhoneTasks tasks;

	PhoneController(PhoneTasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping("/my-tasks")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "The signed-in worker's tasks: operations ready, in progress or paused that need one of the "
			+ "worker's skills (or no skill, at a work centre of the worker's workshop) or where the worker has an open "
			+ "session; by work-order due date, then priority, then operation number. A supervisor or administrator "
			+ "linked to no worker sees every open operation. Roles: ADMIN, SUPERVISOR, OPERATOR.")
	MyTasks myTasks(Authentication user) {
		return tasks.myTasks(user.getName(), ReportController.supervisor(user));
	}

	@GetMapping("/operations/{id}")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "One operation for the phone: its order, work order, item, quantities so far, step, "
			+ "work centre and machines, the order line's parameters, its predecessors' status, the work sessions "
			+ "and the reports received. 404 for an unknown operation. Roles: ADMIN, SUPERVISOR, OPERATOR.")
	OperationScreen operation(@PathVariable long id, Authentication user, Locale locale) {
		return tasks.operation(id, user.getName(), locale);
	}
}
