package io.atelier.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.identity.Identity;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;

/**
 * The signed-in user's notifications: the newest first with the number still unread, and marking them read. A user
 * sees only their own (another's answers 404).
 */
@Service
public class Notifications {

	static final int MAX_LIMIT = 100;

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A notification: {@code kind} (e.g. {@code mention}) with what it is about ({@code subjectType} {@code ORDER},
	 * {@code subjectId}, {@code subjectLabel} the order number), who caused it and an excerpt; the UI writes the sentence.
	 */
	public record NotificationView(long id, String kind, String subjectType, long subjectId, String subjectLabel,
			String actor, String excerpt, Instant createdAt, boolean read) {
	}

	public record Inbox(List<NotificationView> items, long unread) {
	}

	@Transactional(readOnly = true)
	public Inbox mine(Integer limit, boolean unreadOnly) {
		int size = limit == null ? 20 : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw new RuleViolationException("limit", "validation.size", MAX_LIMIT);
		}
		long me = me();
		List<NotificationView> items = jdbc.sql("""
				select * from notification
				 where recipient_id = :me and (not :unreadOnly or read_at is null)
				 order by created_at desc, id desc limit :limit
				""")
			.param("me", me)
			.param("unreadOnly", unreadOnly)
			.param("limit", size)
			.query(Notifications::map)
			.list();
		long unread = jdbc.sql("select count(*) from notification where recipient_id = :me and read_at is null")
			.param("me", me)
			.query(Long.class)
			.single();
		return new Inbox(items, unread);
	}

	@Transactional
	public void markRead(long id) {
		int found = jdbc.sql("""
				update notification set read_at = coalesce(read_at, :now) where id = :id and recipient_id = :me
				""")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("id", id)
			.param("me", me())
			.update();
		if (found == 0) {
			throw new NotFoundException("Notification", id);
		}
	}

	@Transactional
	public int markAllRead() {
		return jdbc.sql("update notification set read_at = :now where recipient_id = :me and read_at is null")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("me", me())
			.update();
	}

	/** Adds a notification unless one with the same source was already added for the user. */
	@Transactional
	void add(long recipientId, String kind, String subjectType, long subjectId, String subjectLabel, String actor,
			String excerpt, String sourceKey) {
		jdbc.sql("""
				insert into notification (recipient_id, kind, subject_type, subject_id, subject_label, actor, excerpt,
				                          source_key, created_at)
				values (:recipient, :kind, :subjectType, :subjectId, :label, :actor, :excerpt, :source, :now)
				on conflict (recipient_id, source_key) do nothing
				""")
			.param("recipient", recipientId)
			.param("kind", kind)
			.param("subjectType", subjectType)
			.param("subjectId", subjectId)
			.param("label", subjectLabel)
			.param("actor", actor)
			.param("excerpt", excerpt == null || excerpt.length() <= 300 ? excerpt : excerpt.substring(0, 299) + "…")
			.param("source", sourceKey)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

	private static long me() {
		return Identity.current()
			.orElseThrow(() -> new AccessDeniedException("notifications belong to a signed-in user"))
			.id();
	}

	private static NotificationView map(ResultSet rs, int row) throws SQLException {
		return new NotificationView(rs.getLong("id"), rs.getString("kind"), rs.getString("subject_type"),
				rs.getLong("subject_id"), rs.getString("subject_label"), rs.getString("actor"), rs.getString("excerpt"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);
	}
}
