package io.atelier.shopfloor;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import io.atelier.identity.Identity;
import io.atelier.orders.OperationTraces;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.files.FileKinds;
import io.atelier.shared.files.FileTooLargeException;

/**
 * Photos taken of an operation (a set-up, a defect, the finished part), optionally of one report. Kept in PostgreSQL
 * as order attachments are: every node serves every photo and backups include them. Images only (JPEG, PNG, WebP,
 * GIF, checked by their first bytes), up to {@code atelier.shopfloor.photos.max-size} (10 MB).
 */
@Service
public class OperationPhotos {

	public record PhotoView(long id, long operationId, UUID eventId, String fileName, String contentType,
			long sizeBytes, String uploadedBy, Instant uploadedAt) {
	}

	public record PhotoFile(String fileName, String contentType, byte[] content) {
	}

	private static final String COLUMNS = "id, operation_id, event_id, file_name, content_type, size_bytes, uploaded_by, "
			+ "uploaded_at";

	private final JdbcClient jdbc;

	private final OperationTraces operations;

	private final long maxBytes;

	OperationPhotos(JdbcClient jdbc, OperationTraces operations,
			@Value("${atelier.shopfloor.photos.max-size:10MB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.operations = operations;
		this.maxBytes = maxSize.toBytes();
	}

	public long maxBytes() {
		return maxBytes;
	}

	@Transactional(readOnly = true)
	public List<PhotoView> list(long operationId) {
		assertOperation(operationId);
		return jdbc.sql("select " + COLUMNS + " from shopfloor_photo where operation_id = :op order by uploaded_at, id")
			.param("op", operationId)
			.query((rs, n) -> view(rs))
			.list();
	}

	/** @param eventId the report the photo belongs to (optional; it may not have arrived yet) */
	@Transactional
	public PhotoView add(long operationId, UUID eventId, String originalName, byte[] content) {
		assertOperation(operationId);
		FileTooLargeException.check(content.length, maxBytes);
		if (content.length == 0) {
			throw new RuleViolationException("file", "shopfloor.photo.empty");
		}
		String fileName = FileKinds.sanitisedName(originalName, "photo.jpg");
		String contentType = FileKinds.IMAGES.contentTypeOf(fileName, content)
			.orElseThrow(() -> new RuleViolationException("file", "shopfloor.photo.type", FileKinds.IMAGES.allowed()));
		long id = jdbc.sql("""
				insert into shopfloor_photo (operation_id, event_id, file_name, content_type, size_bytes, sha256, content,
				    uploaded_by, uploaded_at)
				values (:op, :eventId, :name, :type, :size, :sha, :content, :by, :at)
				returning id
				""")
			.param("op", operationId)
			.param("eventId", eventId)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", content.length)
			.param("sha", FileKinds.sha256(content))
			.param("content", content)
			.param("by", Identity.current().map(user -> user.username()).orElse("system"))
			.param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		return jdbc.sql("select " + COLUMNS + " from shopfloor_photo where id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs))
			.single();
	}

	@Transactional(readOnly = true)
	public PhotoFile download(long operationId, long photoId) {
		return jdbc.sql("select file_name, content_type, content from shopfloor_photo where id = :id and operation_id = :op")
			.param("id", photoId)
			.param("op", operationId)
			.query((rs, n) -> new PhotoFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Photo", photoId));
	}

	private void assertOperation(long operationId) {
		if (operations.find(operationId).isEmpty()) {
			throw new NotFoundException("Operation", operationId);
		}
	}

	static PhotoView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new PhotoView(rs.getLong("id"), rs.getLong("operation_id"), rs.getObject("event_id", UUID.class),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}
}
