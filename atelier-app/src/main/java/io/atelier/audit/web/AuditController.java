package io.atelier.audit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.audit.AuditTrail;
import io.atelier.audit.AuditTrail.AuditEntryView;
import io.atelier.audit.AuditTrail.AuditQuery;
import io.atelier.shared.web.PageQuery;
import io.atelier.shared.web.PageResponse;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api/audit-entries")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	@PreAuthorize(Roles.ADMIN)
	@Operation(summary = "Search the audit trail, newest first: by record (entityType, entityId), actor, time range "
			+ "(from, to, ISO-8601) and text (q). Roles: ADMIN.")
	PageResponse<AuditEntryView> search(@ModelAttribute AuditQuery query, @ModelAttribute PageQuery page) {
		return trail.search(query, page);
	}
}
