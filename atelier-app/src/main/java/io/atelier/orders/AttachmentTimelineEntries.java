package io.atelier.orders;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timeline's entries for attachments: files added (attachments are not audited field by field; a removed file
 * leaves no entry).
 */
@Component
class AttachmentTimelineEntries implements OrderTimelineContributor {

	private final JdbcClient jdbc;

	AttachmentTimelineEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<TimelineEntry> entries(long orderId, Instant before, int limit) {
		return jdbc.sql("""
				select id, file_name, uploaded_by, uploaded_at from order_attachment
				 where order_id = :order and (cast(:before as timestamptz) is null or uploaded_at < :before)
				 order by uploaded_at desc, id desc limit :limit
				""")
			.param("order", orderId)
			.param("before", before == null ? null : before.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query((rs, n) -> new TimelineEntry(rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"),
					"attachment.added", AuditTimelineEntries.params("attachmentId", String.valueOf(rs.getLong("id")),
							"fileName", rs.getString("file_name"))))
			.list();
	}
}
