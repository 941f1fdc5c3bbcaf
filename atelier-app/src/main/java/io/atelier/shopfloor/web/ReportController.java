package io.atelier.shopfloor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.web.Roles;
import io.atelier.shopfloor.ProductionReport;
import io.atelier.shopfloor.PhoneTasks;
import io.atelier.shopfloor.ProductionReports;
import io.atelier.shopfloor.ReportOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Production reports (报工) from the phones, one at a time or a whole offline queue at once. */
@RestController
@RequestMapping("/api/shopfloor/reports")
@Tag(name = "Shop floor", description = "Production reports (报工) applied exactly once, and the exception queue")
class ReportController {

	static final int MAX_BATCH = 500;

	private final ProductionReports reports;

	private final PhoneTasks phone;

	private final JsonMapper json = JsonMapper.builder().build();

	ReportController(ProductionReports reports, PhoneTasks phone) {
		this.reports = reports;
		this.phone = phone;
	}

	record Batch(List<ReportRequest> reports) {
	}

	/** One report's answer inside a batch: the status and body the single endpoint would have answered. */
	record BatchResult(Object eventId, int status, JsonNode body) {
	}

	@PostMapping
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Report a start, pause, resume, finish or quantities of an operation, keyed by the phone's "
			+ "eventId: 200 applied, 202 held until the device's earlier deviceSeq arrives, 422 refused and sent to "
			+ "the supervisor's exception queue (or invalid, not stored), 409 the eventId came before with another "
			+ "payload. A retry answers the stored result. Roles: ADMIN, SUPERVISOR, OPERATOR.")
	ResponseEntity<String> report(@RequestBody ReportRequest request, Authentication user) {
		return answer(outcome(request, user, phone.operatorOf(user.getName())));
	}

	@PostMapping("/batch")
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Send a phone's offline queue (at most 500 reports): each is taken as by POST "
			+ "/api/shopfloor/reports and answered in results, in the order sent. Roles: ADMIN, SUPERVISOR, OPERATOR.")
	Map<String, Object> batch(@RequestBody Batch batch, Authentication user) {
		if (batch.reports() == null || batch.reports().isEmpty() || batch.reports().size() > MAX_BATCH) {
			throw new RuleViolationException("reports", "shopfloor.report.batch.size", MAX_BATCH);
		}
		List<BatchResult> results = new ArrayList<>();
		String operator = phone.operatorOf(user.getName());
		for (ReportRequest request : batch.reports()) {
			ReportOutcome outcome = request == null ? null : outcome(request, user, operator);
			results.add(outcome == null ? null
					: new BatchResult(request.eventId(), outcome.status(), json.readTree(outcome.body())));
		}
		return Map.of("results", results);
	}

	private ReportOutcome outcome(ReportRequest request, Authentication user, String operator) {
		ProductionReport report;
		try {
			report = request.toReport(user.getName(), operator, supervisor(user));
		}
		catch (RuleViolationException ex) {
			return reports.invalid(ex);
		}
		return reports.submit(report);
	}

	static boolean supervisor(Authentication user) {
		return user.getAuthorities()
			.stream()
			.anyMatch(a -> "ROLE_SUPERVISOR".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
	}

	private static ResponseEntity<String> answer(ReportOutcome outcome) {
		return ResponseEntity.status(outcome.status())
			.contentType(outcome.problem() ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON)
			.body(outcome.body());
	}
}
