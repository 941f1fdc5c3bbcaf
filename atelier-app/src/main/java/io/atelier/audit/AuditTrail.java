package io.atelier.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.web.PageQuery;
import io.atelier.shared.web.PageResponse;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail. There is deliberately no way here, or anywhere, to change or remove an entry. */
@Service
public class AuditTrail {

	private static final String WHERE = """
			where (cast(:entityType as text) is null or entity_type = :entityType)
			  and (cast(:entityId as bigint) is null or entity_id = :entityId)
			  and (cast(:actor as text) is null or actor = :actor)
			  and (cast(:from as timestamptz) is null or occurred_at >= :from)
			  and (cast(:to as timestamptz) is null or occurred_at < :to)
			  and (cast(:q as text) is null
			       or entity_label ilike '%' || :q || '%'
			       or reason ilike '%' || :q || '%'
			       or changes::text ilike '%' || :q || '%')
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Change(String field, String oldValue, String newValue) {
	}

	public record AuditEntryView(long id, Instant occurredAt, String actor, String action, String entityType,
			Long entityId, String entityLabel, String reason, List<Change> changes) {
	}

	public record AuditQuery(String entityType, Long entityId, String actor, Instant from, Instant to, String q) {
	}

	@Transactional(readOnly = true)
	public PageResponse<AuditEntryView> search(AuditQuery query, PageQuery paging) {
		int page = paging.page() == null ? 0 : paging.page();
		int size = paging.size() == null ? PageQuery.DEFAULT_SIZE : paging.size();
		if (page < 0) {
			throw new RuleViolationException("page", "validation.page");
		}
		if (size < 1 || size > PageQuery.MAX_SIZE) {
			throw new RuleViolationException("size", "validation.size", PageQuery.MAX_SIZE);
		}
		long total = bind(jdbc.sql("select count(*) from audit_entry " + WHERE), query).query(Long.class).single();
		List<AuditEntryView> items = bind(jdbc.sql("""
				select id, occurred_at, actor, action, entity_type, entity_id, entity_label, reason, changes::text
				  from audit_entry
				""" + WHERE + " order by occurred_at desc, id desc limit :limit offset :offset"), query)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(this::map)
			.list();
		return new PageResponse<>(items, page, size, total);
	}

	/**
	 * The newest entries of these records (one entity type, several ids) before the given instant (all when null), at
	 * most {@code limit}: what a record's timeline shows of its own and its parts' changes.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> entriesOf(String entityType, java.util.Collection<Long> entityIds, Instant before,
			int limit) {
		if (entityIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, occurred_at, actor, action, entity_type, entity_id, entity_label, reason, changes::text
				  from audit_entry
				 where entity_type = :entityType and entity_id in (:ids)
				   and (cast(:before as timestamptz) is null or occurred_at < :before)
				 order by occurred_at desc, id desc
				 limit :limit
				""")
			.param("entityType", entityType)
			.param("ids", List.copyOf(entityIds))
			.param("before", before == null ? null : java.sql.Timestamp.from(before))
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AuditQuery query) {
		return sql.param("entityType", blankToNull(query.entityType()))
			.param("entityId", query.entityId())
			.param("actor", blankToNull(query.actor()))
			.param("from", query.from() == null ? null : java.sql.Timestamp.from(query.from()))
			.param("to", query.to() == null ? null : java.sql.Timestamp.from(query.to()))
			.param("q", blankToNull(query.q()));
	}

	private AuditEntryView map(ResultSet rs, int row) throws SQLException {
		long entityId = rs.getLong("entity_id");
		return new AuditEntryView(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("entity_type"), rs.wasNull() ? null : entityId,
				rs.getString("entity_label"), rs.getString("reason"),
				json.readValue(rs.getString("changes"), new TypeReference<List<Change>>() {
				}));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
