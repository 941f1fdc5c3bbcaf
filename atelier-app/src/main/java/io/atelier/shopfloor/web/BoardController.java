package io.atelier.shopfloor.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.shared.web.Roles;
import io.atelier.shopfloor.SupervisorBoard;
import io.atelier.shopfloor.SupervisorBoard.Board;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The supervisor's board of a workshop. */
@RestController
@Tag(name = "Shop floor")
class BoardController {

	private final SupervisorBoard board;

	BoardController(SupervisorBoard board) {
		this.board = board;
	}

	@GetMapping("/api/shopfloor/board")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "A workshop's operations in five columns (READY, IN_PROGRESS, PAUSED, DONE_TODAY, BLOCKED) "
			+ "and the work in progress per work centre; workCenterId narrows it to one work centre (422 when it is "
			+ "not of the workshop, 404 unknown workshop). Roles: staff.")
	Board board(@RequestParam long workshopId, @RequestParam(required = false) Long workCenterId) {
		return board.of(workshopId, workCenterId);
	}
}
