package io.atelier.shopfloor.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.shared.web.Roles;
import io.atelier.shopfloor.Scans;
import io.atelier.shopfloor.Scans.Scanned;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The phone's scanner: what a scanned or typed code names, and which page shows it. */
@RestController
@RequestMapping("/api/shopfloor/scan")
@Tag(name = "Shop floor", description = "Production reports (报工) applied exactly once, and the exception queue")
class ScanController {

	private final Scans scans;

	ScanController(Scans scans) {
		this.scans = scans;
	}

	@GetMapping
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Resolve a scanned or typed code (ATL:OP:<id>, ATL:WO:<id>, ATL:WK:<code>, ATL:MC:<code> or "
			+ "the link form .../m/op/<id>): {kind, id, code, label, target}. 422 naming code when it is not an "
			+ "Atelier code, 404 when it names nothing here. Roles: staff.")
	Scanned resolve(@RequestParam(required = false) String code) {
		return scans.resolve(code);
	}
}
