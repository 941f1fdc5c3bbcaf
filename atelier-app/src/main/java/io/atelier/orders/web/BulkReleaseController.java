package io.atelier.orders.web;

import java.util.List;

import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.orders.BulkRelease;
import io.atelier.orders.OrderStatus;
import io.atelier.shared.web.ApiExceptionHandler;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Releasing many confirmed orders in one request (docs/orders.md, "Releasing many orders"). */
@RestController
@RequestMapping("/api/orders/release")
@Tag(name = "Orders")
class BulkReleaseController {

	private final BulkRelease bulk;

	private final ApiExceptionHandler problems;

	BulkReleaseController(BulkRelease bulk, ApiExceptionHandler problems) {
		this.bulk = bulk;
		this.problems = problems;
	}

	record BulkReleaseCommand(List<BulkRelease.Request> orders) {
	}

	/**
	 * One order's outcome: {@code status} 200 with the order's new state, or the status and problem its single release
	 * would have answered (409 not confirmed or changed meanwhile, 422 a line that cannot be exploded, 404 unknown).
	 */
	record Result(long id, int status, String orderNumber, Long version, OrderStatus orderStatus,
			ProblemDetail problem) {
	}

	record BulkReleaseAnswer(int released, int refused, List<Result> results) {
	}

	@PostMapping
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Release up to 1,000 confirmed orders ({\"orders\": [{\"id\", \"version\"}]}), each as POST "
			+ "/api/orders/{id}/release does and in its own transaction: the orders that can be released are, the "
			+ "others are refused alone with their reason. Answers each order's outcome in the order asked (422 naming "
			+ "orders when none or more than 1,000 are sent). Roles: ADMIN, PLANNER.")
	BulkReleaseAnswer release(@RequestBody BulkReleaseCommand command) {
		List<Result> results = bulk.release(command == null ? null : command.orders()).stream().map(outcome -> {
			if (outcome.released()) {
				return new Result(outcome.id(), 200, outcome.order().orderNumber(), outcome.order().version(),
						outcome.order().status(), null);
			}
			var problem = problems.problemOf(outcome.refusal());
			return new Result(outcome.id(), problem.getStatusCode().value(), null, null, null, problem.getBody());
		}).toList();
		int released = (int) results.stream().filter(result -> result.status() == 200).count();
		return new BulkReleaseAnswer(released, results.size() - released, results);
	}
}
