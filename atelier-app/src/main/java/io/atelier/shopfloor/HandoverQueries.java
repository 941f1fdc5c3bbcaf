package io.atelier.shopfloor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.web.PageResponse;
import io.atelier.shopfloor.Handovers.DiscrepancyView;
import io.atelier.shopfloor.Handovers.Direction;
import io.atelier.shopfloor.Handovers.HandoverView;

/** The lists of handovers and discrepancies, read with plain SQL from the shop floor's own tables. */
@Component
class HandoverQueries {

	private static final Set<String> HANDOVER_STATUSES = Set.of("IN_TRANSIT", "RECEIVED", "CANCELLED");

	private static final Set<String> DISCREPANCY_STATUSES = Set.of("OPEN", "RESOLVED");

	private static final String HANDOVERS = """
			select h.*, d.id as discrepancy_id, d.status as discrepancy_status
			from shopfloor_handover h left join shopfloor_handover_discrepancy d on d.handover_id = h.id
			where (cast(:id as bigint) is null or h.id = :id)
			  and (cast(:status as varchar) is null or h.status = :status)
			  and (cast(:workshop as bigint) is null
			       or (:direction in ('BOTH', 'INCOMING') and h.to_workshop_id = :workshop)
			       or (:direction in ('BOTH', 'OUTGOING') and h.from_workshop_id = :workshop))
			""";

	private static final String DISCREPANCIES = """
			select d.*, h.order_number, h.work_order_number, h.item_code, h.item_name, h.unit, h.from_operation_number,
			       h.from_workshop_id, h.from_workshop_name, h.to_operation_number, h.to_workshop_id, h.to_workshop_name,
			       h.sent_by, h.sent_at, h.received_by, h.received_at
			from shopfloor_handover_discrepancy d join shopfloor_handover h on h.id = d.handover_id
			where (cast(:id as bigint) is null or d.id = :id)
			  and (cast(:status as varchar) is null or d.status = :status)
			  and (cast(:workshop as bigint) is null or h.from_workshop_id = :workshop or h.to_workshop_id = :workshop)
			""";

	private final JdbcClient jdbc;

	HandoverQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Newest first: the workshop's incoming, outgoing or both; every workshop's without one. */
	PageResponse<HandoverView> handovers(Long workshopId, Direction direction, String status, int page, int size) {
		String wanted = status(status, HANDOVER_STATUSES);
		String way = direction == null ? "BOTH" : direction.name();
		List<HandoverView> items = jdbc.sql(HANDOVERS + " order by h.sent_at desc, h.id desc limit :size offset :offset")
			.param("id", null)
			.param("status", wanted)
			.param("workshop", workshopId)
			.param("direction", way)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(HandoverQueries::handover)
			.list();
		long total = jdbc.sql("select count(*) from (" + HANDOVERS + ") counted")
			.param("id", null)
			.param("status", wanted)
			.param("workshop", workshopId)
			.param("direction", way)
			.query(Long.class)
			.single();
		return new PageResponse<>(items, page, size, total);
	}

	HandoverView handover(long id) {
		return jdbc.sql(HANDOVERS)
			.param("id", id)
			.param("status", null)
			.param("workshop", null)
			.param("direction", "BOTH")
			.query(HandoverQueries::handover)
			.optional()
			.orElseThrow(() -> new NotFoundException("Handover", id));
	}

	/** Oldest first, as a queue: those touching the workshop (sending or receiving), or all. */
	PageResponse<DiscrepancyView> discrepancies(String status, Long workshopId, int page, int size) {
		String wanted = status(status, DISCREPANCY_STATUSES);
		List<DiscrepancyView> items = jdbc
			.sql(DISCREPANCIES + " order by d.created_at, d.id limit :size offset :offset")
			.param("id", null)
			.param("status", wanted)
			.param("workshop", workshopId)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(HandoverQueries::discrepancy)
			.list();
		long total = jdbc.sql("select count(*) from (" + DISCREPANCIES + ") counted")
			.param("id", null)
			.param("status", wanted)
			.param("workshop", workshopId)
			.query(Long.class)
			.single();
		return new PageResponse<>(items, page, size, total);
	}

	DiscrepancyView discrepancy(long id) {
		return jdbc.sql(DISCREPANCIES)
			.param("id", id)
			.param("status", null)
			.param("workshop", null)
			.query(HandoverQueries::discrepancy)
			.optional()
			.orElseThrow(() -> new NotFoundException("HandoverDiscrepancy", id));
	}

	private static String status(String status, Set<String> known) {
		if (status == null || status.isBlank()) {
			return null;
		}
		String wanted = status.trim().toUpperCase(Locale.ROOT);
		if (!known.contains(wanted)) {
			throw new RuleViolationException("status", "shopfloor.handover.status.invalid", String.join(", ", known));
		}
		return wanted;
	}

	private static HandoverView handover(ResultSet rs, int row) throws SQLException {
		return new HandoverView(rs.getLong("id"), rs.getLong("version"), rs.getString("status"),
				rs.getString("order_number"), rs.getLong("work_order_id"), rs.getString("work_order_number"),
				rs.getString("item_code"), rs.getString("item_name"), rs.getString("unit"),
				rs.getLong("from_operation_id"), rs.getString("from_operation_number"),
				rs.getString("from_operation_name"), rs.getLong("from_workshop_id"), rs.getString("from_workshop_name"),
				rs.getLong("to_operation_id"), rs.getString("to_operation_number"), rs.getString("to_operation_name"),
				rs.getLong("to_workshop_id"), rs.getString("to_workshop_name"), rs.getBigDecimal("quantity"),
				rs.getString("sent_by"), time(rs, "sent_at"), rs.getBigDecimal("counted_quantity"),
				rs.getString("received_by"), time(rs, "received_at"), rs.getBigDecimal("accepted_quantity"),
				rs.getString("cancelled_by"), time(rs, "cancelled_at"), (Long) rs.getObject("discrepancy_id", Long.class),
				rs.getString("discrepancy_status"));
	}

	private static DiscrepancyView discrepancy(ResultSet rs, int row) throws SQLException {
		return new DiscrepancyView(rs.getLong("id"), rs.getLong("version"), rs.getString("status"),
				rs.getLong("handover_id"), rs.getString("order_number"), rs.getString("work_order_number"),
				rs.getString("item_code"), rs.getString("item_name"), rs.getString("unit"),
				rs.getString("from_operation_number"), rs.getLong("from_workshop_id"), rs.getString("from_workshop_name"),
				rs.getString("to_operation_number"), rs.getLong("to_workshop_id"), rs.getString("to_workshop_name"),
				rs.getBigDecimal("sent_quantity"), rs.getBigDecimal("counted_quantity"), rs.getBigDecimal("difference"),
				rs.getString("sent_by"), time(rs, "sent_at"), rs.getString("received_by"), time(rs, "received_at"),
				rs.getString("resolution"), rs.getBigDecimal("recounted_quantity"), rs.getString("reason"),
				rs.getString("resolved_by"), time(rs, "resolved_at"), time(rs, "created_at"));
	}

	private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}
}
