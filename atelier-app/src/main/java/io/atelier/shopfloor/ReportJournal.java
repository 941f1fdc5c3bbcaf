package io.atelier.shopfloor;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.atelier.orders.OperationReport;

/**
 * The stored reports, device cursors, payload conflicts and exceptions, in plain SQL. The event id's primary key makes
 * a report unique across every application node; the device row is the lock that orders a device's reports.
 */
@Repository
class ReportJournal {

	static final String RECEIVED = "RECEIVED";

	static final String PENDING = "PENDING";

	static final String APPLIED = "APPLIED";

	static final String REJECTED = "REJECTED_TO_EXCEPTION";

	private final JdbcClient jdbc;

	ReportJournal(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored report: its fingerprint, status and answer. */
	record Stored(ProductionReport report, String hash, String status, ReportOutcome outcome) {
	}

	/** Claims the event id; false when a report with it exists (waits for a concurrent claim to commit or roll back). */
	boolean claim(ProductionReport report) {
		return jdbc.sql("""
				insert into shopfloor_report (event_id, payload_hash, device_id, device_seq, operation_id, kind, operator,
				    reported_by, good, scrap, rework, scrap_reason, pause_reason, override_reason, parameters, occurred_at,
				    received_at, status, machine_id)
				values (:eventId, :hash, :deviceId, :deviceSeq, :operationId, :kind, :operator, :reportedBy, :good, :scrap,
				    :rework, :scrapReason, :pauseReason, :overrideReason, :parameters, :occurredAt, :receivedAt, 'RECEIVED',
				    :machineId)
				on conflict (event_id) do nothing
				""")
			.param("eventId", report.eventId())
			.param("hash", report.hash())
			.param("deviceId", report.deviceId())
			.param("deviceSeq", report.deviceSeq())
			.param("operationId", report.operationId())
			.param("kind", report.kind().name())
			.param("operator", report.operator())
			.param("reportedBy", report.reportedBy())
			.param("good", report.good())
			.param("scrap", report.scrap())
			.param("rework", report.rework())
			.param("scrapReason", report.scrapReason())
			.param("pauseReason", report.pauseReason())
			.param("overrideReason", report.overrideReason())
			.param("parameters", report.parameters())
			.param("machineId", report.machineId())
			.param("occurredAt", utc(report.occurredAt()))
			.param("receivedAt", utc(Instant.now()))
			.update() == 1;
	}

	Optional<Stored> find(UUID eventId) {
		return jdbc.sql("select * from shopfloor_report where event_id = :eventId")
			.param("eventId", eventId)
			.query((rs, row) -> stored(rs))
			.optional();
	}

	/** The device's next report, when it arrived early and waits. */
	Optional<Stored> pending(String deviceId, long deviceSeq) {
		return jdbc.sql("""
				select * from shopfloor_report
				where device_id = :deviceId and device_seq = :deviceSeq and status = 'PENDING'
				order by received_at limit 1
				""").param("deviceId", deviceId).param("deviceSeq", deviceSeq).query((rs, row) -> stored(rs)).optional();
	}

	boolean anyPending(String deviceId) {
		return jdbc.sql("select exists (select 1 from shopfloor_report where device_id = :deviceId and status = 'PENDING')")
			.param("deviceId", deviceId)
			.query(Boolean.class)
			.single();
	}

	/** Locks the device's row (creating it) and answers the last sequence number it applied. */
	long lockDevice(String deviceId) {
		jdbc.sql("insert into shopfloor_device (device_id, last_seq) values (:deviceId, 0) on conflict do nothing")
			.param("deviceId", deviceId)
			.update();
		return jdbc.sql("select last_seq from shopfloor_device where device_id = :deviceId for update")
			.param("deviceId", deviceId)
			.query(Long.class)
			.single();
	}

	void advance(String deviceId, long deviceSeq) {
		jdbc.sql("update shopfloor_device set last_seq = :deviceSeq where device_id = :deviceId")
			.param("deviceId", deviceId)
			.param("deviceSeq", deviceSeq)
			.update();
	}

	void settle(UUID eventId, String status, ReportOutcome outcome) {
		jdbc.sql("""
				update shopfloor_report set status = :status, http_status = :httpStatus, response = :response,
				    processed_at = :now
				where event_id = :eventId
				""")
			.param("eventId", eventId)
			.param("status", status)
			.param("httpStatus", outcome.status())
			.param("response", outcome.body())
			.param("now", utc(Instant.now()))
			.update();
	}

	void recordConflict(ProductionReport report, String payload) {
		jdbc.sql("""
				insert into shopfloor_report_conflict (event_id, payload_hash, payload, reported_by, received_at)
				values (:eventId, :hash, :payload, :reportedBy, :now)
				""")
			.param("eventId", report.eventId())
			.param("hash", report.hash())
			.param("payload", payload)
			.param("reportedBy", report.reportedBy())
			.param("now", utc(Instant.now()))
			.update();
	}

	long openException(ProductionReport report, String reason) {
		return jdbc.sql("""
				insert into shopfloor_exception (event_id, operation_id, reason, status, created_at)
				values (:eventId, :operationId, :reason, 'OPEN', :now)
				returning id
				""")
			.param("eventId", report.eventId())
			.param("operationId", report.operationId())
			.param("reason", reason)
			.param("now", utc(Instant.now()))
			.query(Long.class)
			.single();
	}

	private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
		ProductionReport report = new ProductionReport(rs.getObject("event_id", UUID.class), rs.getString("device_id"),
				rs.getLong("device_seq"), rs.getLong("operation_id"), OperationReport.Kind.valueOf(rs.getString("kind")),
				rs.getBigDecimal("good"), rs.getBigDecimal("scrap"), rs.getString("scrap_reason"),
				rs.getBigDecimal("rework"), rs.getString("pause_reason"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("operator"),
				rs.getString("reported_by"), rs.getString("override_reason"), rs.getString("parameters"),
				rs.getObject("machine_id", Long.class));
		int httpStatus = rs.getInt("http_status");
		ReportOutcome outcome = rs.wasNull() ? null : new ReportOutcome(httpStatus, rs.getString("response"));
		return new Stored(report, rs.getString("payload_hash"), rs.getString("status"), outcome);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
