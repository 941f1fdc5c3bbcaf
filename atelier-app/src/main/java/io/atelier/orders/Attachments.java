package io.atelier.orders;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import io.atelier.identity.Identity;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;

/**
 * Files attached to an order (drawings, CAD models, photos). They are kept in PostgreSQL, not on an app node's disk:
 * every node serves every file, a file is written and deleted in a transaction, and backups of the database include
 * them. Only callers who may see the order see its files (a customer user: their own customer's orders).
 */
@Service
public class Attachments {

	/** @param maxSize the largest file accepted ({@code atelier.orders.attachments.max-size}, default 25 MB) */
	@ConfigurationProperties("atelier.orders.attachments")
	record Limits(@DefaultValue("25MB") DataSize maxSize) {
	}

	public record AttachmentView(long id, long orderId, String fileName, String contentType, long sizeBytes,
			String sha256, String uploadedBy, Instant uploadedAt) {
	}

	public record AttachmentFile(String fileName, String contentType, byte[] content) {
	}

	/** A file larger than the limit; answered 413 with the limit. */
	public static class TooLarge extends RuntimeException {

		private final long maxBytes;

		TooLarge(long maxBytes) {
			super("larger than " + maxBytes + " bytes");
			this.maxBytes = maxBytes;
		}

		public long maxBytes() {
			return maxBytes;
		}
	}

	private static final String COLUMNS = "id, order_id, file_name, content_type, size_bytes, sha256, uploaded_by, "
			+ "uploaded_at";

	private final JdbcClient jdbc;

	private final Orders orders;

	private final Limits limits;

	Attachments(JdbcClient jdbc, Orders orders, Limits limits) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.limits = limits;
	}

	public long maxBytes() {
		return limits.maxSize().toBytes();
	}

	/** Refuses a file by its announced size, before anyone reads it into memory. */
	public void checkSize(long size) {
		if (size > maxBytes()) {
			throw new TooLarge(maxBytes());
		}
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> list(long orderId) {
		orders.assertVisible(orderId);
		return jdbc.sql("select " + COLUMNS + " from order_attachment where order_id = :order order by uploaded_at, id")
			.param("order", orderId)
			.query((rs, n) -> view(rs))
			.list();
	}

	@Transactional
	public AttachmentView add(long orderId, String originalName, byte[] content) {
		orders.assertVisible(orderId);
		checkSize(content.length);
		if (content.length == 0) {
			throw new RuleViolationException("file", "orders.attachment.empty");
		}
		String fileName = AttachmentTypes.sanitisedName(originalName);
		String contentType = AttachmentTypes.contentTypeOf(fileName, content)
			.orElseThrow(() -> new RuleViolationException("file", "orders.attachment.type", AttachmentTypes.ALLOWED));
		String uploadedBy = Identity.current().map(user -> user.username()).orElse("system");
		long id = jdbc.sql("""
				insert into order_attachment (order_id, file_name, content_type, size_bytes, sha256, content, uploaded_by,
				                              uploaded_at)
				values (:order, :name, :type, :size, :sha, :content, :by, :at)
				returning id
				""")
			.param("order", orderId)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", content.length)
			.param("sha", sha256(content))
			.param("content", content)
			.param("by", uploadedBy)
			.param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		return get(orderId, id);
	}

	@Transactional(readOnly = true)
	public AttachmentFile download(long orderId, long attachmentId) {
		orders.assertVisible(orderId);
		return jdbc.sql("select file_name, content_type, content from order_attachment where id = :id and order_id = :order")
			.param("id", attachmentId)
			.param("order", orderId)
			.query((rs, n) -> new AttachmentFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
	}

	@Transactional
	public void delete(long orderId, long attachmentId) {
		orders.assertVisible(orderId);
		int deleted = jdbc.sql("delete from order_attachment where id = :id and order_id = :order")
			.param("id", attachmentId)
			.param("order", orderId)
			.update();
		if (deleted == 0) {
			throw new NotFoundException("Attachment", attachmentId);
		}
	}

	private AttachmentView get(long orderId, long id) {
		return jdbc.sql("select " + COLUMNS + " from order_attachment where id = :id and order_id = :order")
			.param("id", id)
			.param("order", orderId)
			.query((rs, n) -> view(rs))
			.single();
	}

	private static AttachmentView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new AttachmentView(rs.getLong("id"), rs.getLong("order_id"), rs.getString("file_name"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
