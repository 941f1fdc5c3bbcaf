package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.orders.OperationReports;
import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.web.PageResponse;

/**
 * The supervisor's exception queue (异常): reports the operation refused when they arrived. The supervisor resolves
 * each: {@code DISMISS} (the report stays on record, nothing changes) or {@code REAPPLY} (applied now, overriding the
 * predecessor rule with the supervisor's reason; refused again with the reason if it still does not apply).
 */
@Service
public class ExceptionQueue {

	public enum Decision {
		DISMISS, REAPPLY
	}

	public record ExceptionView(long id, UUID eventId, long operationId, String kind, String deviceId, long deviceSeq,
			String operator, BigDecimal good, BigDecimal scrap, BigDecimal rework, OffsetDateTime occurredAt,
			String reason, String status, String decision, String resolutionReason, String resolvedBy,
			OffsetDateTime resolvedAt, OffsetDateTime createdAt) {
	}

	private final JdbcClient jdbc;

	private final ReportJournal journal;

	private final OperationReports operations;

	private final ReportSettings settings;

	private final ParameterReadings readings;

	private final ApplicationEventPublisher events;

	ExceptionQueue(JdbcClient jdbc, ReportJournal journal, OperationReports operations, ReportSettings settings,
			ParameterReadings readings, ApplicationEventPublisher events) {
		this.readings = readings;
		this.events = events;
		this.jdbc = jdbc;
		this.journal = journal;
		this.operations = operations;
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	public PageResponse<ExceptionView> list(String status, int page, int size) {
		String wanted = status == null || status.isBlank() ? null : status.toUpperCase(Locale.ROOT);
		List<ExceptionView> items = select(wanted, null, page, size);
		long total = jdbc.sql("""
				select count(*) from shopfloor_exception where (cast(:status as varchar) is null or status = :status)
				""").param("status", wanted).query(Long.class).single();
		return new PageResponse<>(items, page, size, total);
	}

	private List<ExceptionView> select(String wanted, Long id, int page, int size) {
		return jdbc.sql("""
				select e.id, e.event_id, e.operation_id, r.kind, r.device_id, r.device_seq, r.operator, r.good, r.scrap,
				       r.rework, r.occurred_at, e.reason, e.status, e.decision, e.resolution_reason, e.resolved_by,
				       e.resolved_at, e.created_at
				from shopfloor_exception e join shopfloor_report r on r.event_id = e.event_id
				where (cast(:status as varchar) is null or e.status = :status) and (cast(:id as bigint) is null or e.id = :id)
				order by e.created_at, e.id
				limit :size offset :offset
				""")
			.param("status", wanted)
			.param("id", id)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new ExceptionView(rs.getLong("id"), rs.getObject("event_id", UUID.class),
					rs.getLong("operation_id"), rs.getString("kind"), rs.getString("device_id"), rs.getLong("device_seq"),
					rs.getString("operator"), rs.getBigDecimal("good"), rs.getBigDecimal("scrap"),
					rs.getBigDecimal("rework"), rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("reason"),
					rs.getString("status"), rs.getString("decision"), rs.getString("resolution_reason"),
					rs.getString("resolved_by"), rs.getObject("resolved_at", OffsetDateTime.class),
					rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}

	/** Resolves an open exception; 404 unknown, 409 already resolved, 422 a re-applied report still refused. */
	@Transactional
	public ExceptionView resolve(long id, Decision decision, String reason, String supervisor) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("reason", "shopfloor.exception.reason.required");
		}
		String status = jdbc.sql("select status from shopfloor_exception where id = :id for update")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("ShopfloorException", id));
		if (!"OPEN".equals(status)) {
			throw new ConflictException("status", "shopfloor.exception.resolved", id);
		}
		if (decision == Decision.REAPPLY) {
			UUID eventId = jdbc.sql("select event_id from shopfloor_exception where id = :id")
				.param("id", id)
				.query(UUID.class)
				.single();
			ProductionReport report = journal.find(eventId).orElseThrow().report();
			ProductionReport overridden = new ProductionReport(report.eventId(), report.deviceId(), report.deviceSeq(),
					report.operationId(), report.kind(), report.good(), report.scrap(), report.scrapReason(),
					report.rework(), report.pauseReason(), report.occurredAt(), report.operator(), report.reportedBy(),
					reason, report.parameters(), report.machineId());
			operations.apply(overridden.toOperationReport(), settings.rules());
			readings.record(overridden); // its parameter values count once it applies
		}
		jdbc.sql("""
				update shopfloor_exception set status = 'RESOLVED', decision = :decision, resolution_reason = :reason,
				    resolved_by = :supervisor, resolved_at = :now
				where id = :id
				""")
			.param("id", id)
			.param("decision", decision.name())
			.param("reason", reason)
			.param("supervisor", supervisor)
			.param("now", Instant.now().atOffset(ZoneOffset.UTC))
			.update();
		ExceptionView resolved = select(null, id, 0, 1).get(0);
		events.publishEvent(new ReportExceptionResolved(id, resolved.operationId(), decision));
		return resolved;
	}
}
