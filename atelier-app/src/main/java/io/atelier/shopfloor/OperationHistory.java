package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.factory.Machines;
import io.atelier.orders.OperationTraces;
import io.atelier.orders.OperationTraces.OperationFacts;
import io.atelier.orders.OperationTraces.Spec;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shopfloor.MaterialLots.LotView;
import io.atelier.shopfloor.OperationPhotos.PhotoView;

/**
 * Everything recorded of one operation (docs/shopfloor.md, "Traceability"): every operator's work sessions with their
 * start, pauses and end, the machine, the quantities and parameter values of each report (out-of-limit values
 * flagged), photos, material lots and the exceptions its reports raised. Sessions are read from the applied reports
 * in the order they happened, so they show what was reported, also after the operation finished.
 */
@Service
public class OperationHistory {

	public record History(OperationFacts operation, String producedLot, List<MachineLabel> machines, Spec spec,
			List<SessionView> sessions, List<ReportView> reports, List<PhotoView> photos, List<LotView> lots,
			List<ExceptionView> exceptions) {
	}

	public record MachineLabel(long id, String code, String name) {
	}

	/** One operator's stretch of work: started, paused (each pause with its reason), finished (empty: still open). */
	public record SessionView(String operator, String operatorName, Long machineId, Instant start, Instant end,
			List<Pause> pauses, BigDecimal good, BigDecimal scrap, BigDecimal rework) {
	}

	public record Pause(Instant from, Instant to, String reason) {
	}

	public record ReportView(UUID eventId, String kind, String operator, String operatorName, String reportedBy,
			Instant occurredAt, BigDecimal good, BigDecimal scrap, BigDecimal rework, String scrapReason,
			String pauseReason, String overrideReason, Long machineId, String status,
			List<ParameterValue> parameters) {
	}

	public record ParameterValue(String code, String name, BigDecimal value, String unit, BigDecimal min,
			BigDecimal max, boolean outOfLimits) {
	}

	public record ExceptionView(long id, UUID eventId, String reason, String status, String decision,
			String resolvedBy, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	private final OperationTraces operations;

	private final OperationPhotos photos;

	private final MaterialLots lots;

	private final Machines machines;

	private final OperatorNames names;

	OperationHistory(JdbcClient jdbc, OperationTraces operations, OperationPhotos photos, MaterialLots lots,
			Machines machines, OperatorNames names) {
		this.jdbc = jdbc;
		this.operations = operations;
		this.photos = photos;
		this.lots = lots;
		this.machines = machines;
		this.names = names;
	}

	@Transactional(readOnly = true)
	public History of(long operationId) {
		OperationFacts operation = operations.find(operationId)
			.orElseThrow(() -> new NotFoundException("Operation", operationId));
		Spec spec = operations.spec(operationId);
		Map<String, String> nameOf = new HashMap<>();
		List<ReportView> reports = reports(operationId, spec, nameOf);
		List<MachineLabel> labels = operation.machineIds()
			.stream()
			.map(id -> machines.find(id)
				.map(m -> new MachineLabel(m.id(), m.code(), m.name()))
				.orElse(new MachineLabel(id, null, null)))
			.toList();
		return new History(operation, operation.workOrderNumber(), labels, spec, sessions(reports), reports,
				photos.list(operationId), lots.ofOperations(List.of(operationId)), exceptions(operationId));
	}

	private List<ReportView> reports(long operationId, Spec spec, Map<String, String> nameOf) {
		Map<String, String> parameterNames = new HashMap<>();
		spec.parameters().forEach(p -> parameterNames.put(p.code(), p.name()));
		Map<UUID, List<ParameterValue>> values = new HashMap<>();
		jdbc.sql("select * from shopfloor_report_parameter where operation_id = :op order by code")
			.param("op", operationId)
			.query(rs -> {
				values.computeIfAbsent(rs.getObject("event_id", UUID.class), k -> new ArrayList<>())
					.add(new ParameterValue(rs.getString("code"), parameterNames.get(rs.getString("code")),
							plain(rs.getBigDecimal("value")), rs.getString("unit"), plain(rs.getBigDecimal("min_value")),
							plain(rs.getBigDecimal("max_value")), rs.getBoolean("out_of_limits")));
			});
		return jdbc.sql("""
				select r.*, case when e.decision = 'REAPPLY' then 'APPLIED' else r.status end as shown_status
				from shopfloor_report r left join shopfloor_exception e on e.event_id = r.event_id
				where r.operation_id = :op and r.status in ('APPLIED', 'REJECTED_TO_EXCEPTION')
				order by r.occurred_at, r.received_at
				""").param("op", operationId).query((rs, n) -> {
			String operator = rs.getString("operator");
			UUID eventId = rs.getObject("event_id", UUID.class);
			return new ReportView(eventId, rs.getString("kind"), operator,
					nameOf.computeIfAbsent(operator, names::nameOf), rs.getString("reported_by"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), plain(rs.getBigDecimal("good")),
					plain(rs.getBigDecimal("scrap")), plain(rs.getBigDecimal("rework")), rs.getString("scrap_reason"),
					rs.getString("pause_reason"), rs.getString("override_reason"),
					rs.getObject("machine_id", Long.class), rs.getString("shown_status"),
					values.getOrDefault(eventId, List.of()));
		}).list();
	}

	/** Each operator's sessions, from their applied reports in the order they happened. */
	static List<SessionView> sessions(List<ReportView> reports) {
		List<SessionBuilder> all = new ArrayList<>();
		Map<String, SessionBuilder> open = new LinkedHashMap<>();
		for (ReportView report : reports) {
			if (!"APPLIED".equals(report.status())) {
				continue;
			}
			SessionBuilder session = open.get(report.operator());
			if (session == null || "START".equals(report.kind())) {
				session = new SessionBuilder(report.operator(), report.operatorName());
				all.add(session);
				open.put(report.operator(), session);
			}
			session.take(report);
			if ("FINISH".equals(report.kind())) {
				open.remove(report.operator());
			}
		}
		return all.stream().map(SessionBuilder::build).toList();
	}

	private static final class SessionBuilder {

		private final String operator;

		private final String operatorName;

		private Long machineId;

		private Instant start;

		private Instant end;

		private final List<Pause> pauses = new ArrayList<>();

		private BigDecimal good = BigDecimal.ZERO;

		private BigDecimal scrap = BigDecimal.ZERO;

		private BigDecimal rework = BigDecimal.ZERO;

		SessionBuilder(String operator, String operatorName) {
			this.operator = operator;
			this.operatorName = operatorName;
		}

		void take(ReportView report) {
			if (report.machineId() != null) {
				machineId = report.machineId();
			}
			switch (report.kind()) {
				case "START" -> start = report.occurredAt();
				case "PAUSE" -> pauses.add(new Pause(report.occurredAt(), null, report.pauseReason()));
				case "RESUME" -> closePause(report.occurredAt());
				case "FINISH" -> {
					closePause(report.occurredAt());
					end = report.occurredAt();
				}
				default -> {
				}
			}
			good = good.add(report.good());
			scrap = scrap.add(report.scrap());
			rework = rework.add(report.rework());
		}

		private void closePause(Instant at) {
			if (!pauses.isEmpty() && pauses.getLast().to() == null) {
				Pause last = pauses.removeLast();
				pauses.add(new Pause(last.from(), at, last.reason()));
			}
		}

		SessionView build() {
			return new SessionView(operator, operatorName, machineId, start, end, List.copyOf(pauses), plain(good),
					plain(scrap), plain(rework));
		}
	}

	private List<ExceptionView> exceptions(long operationId) {
		return jdbc.sql("select * from shopfloor_exception where operation_id = :op order by created_at, id")
			.param("op", operationId)
			.query((rs, n) -> new ExceptionView(rs.getLong("id"), rs.getObject("event_id", UUID.class),
					rs.getString("reason"), rs.getString("status"), rs.getString("decision"),
					rs.getString("resolved_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	static BigDecimal plain(BigDecimal value) {
		return value == null ? null : value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
	}
}
