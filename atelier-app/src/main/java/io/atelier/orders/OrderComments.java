package io.atelier.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.identity.CurrentUser;
import io.atelier.identity.Identity;
import io.atelier.identity.Role;
import io.atelier.identity.UserDirectory.UserRef;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.domain.StaleVersionException;

/**
 * Comments on an order (the staff's conversation about it: customers neither read nor write them). A comment's
 * {@code @username}s are resolved against the staff users when it is written or changed; each mentioned user hears of it
 * through {@link CommentPosted}. Only the author changes a comment, sending back its version; the author or an
 * administrator removes it.
 */
@Service
public class OrderComments {

	static final int MAX_LENGTH = 4000;

	private final JdbcClient jdbc;

	private final Orders orders;

	private final CommentMentionStore mentions;

	private final ApplicationEventPublisher events;

	OrderComments(JdbcClient jdbc, Orders orders, CommentMentionStore mentions, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.mentions = mentions;
		this.events = events;
	}

	/** A comment to write, or the new text of one with the version read. */
	public record CommentCommand(Long version, @Size(max = MAX_LENGTH) String body) {
	}

	public record MentionView(long userId, String username, String displayName) {
	}

	public record CommentView(long id, long version, long orderId, String author, String authorName, String body,
			List<MentionView> mentions, Instant createdAt, Instant updatedAt, boolean edited) {
	}

	@Transactional(readOnly = true)
	public List<CommentView> list(long orderId) {
		orders.assertVisible(orderId);
		return mentions.attach(jdbc.sql("select * from order_comment where order_id = :order order by created_at, id")
			.param("order", orderId)
			.query(OrderComments::map)
			.list());
	}

	@Transactional
	public CommentView post(long orderId, CommentCommand command) {
		Orders.OrderRef order = orders.find(orderId).orElseThrow(() -> new NotFoundException("CustomerOrder", orderId));
		String body = checkedBody(command);
		CurrentUser author = author();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		long id = jdbc.sql("""
				insert into order_comment (order_id, author_id, author_username, author_name, body, created_at, updated_at)
				values (:order, :authorId, :username, :name, :body, :now, :now)
				returning id
				""")
			.param("order", orderId)
			.param("authorId", author.id())
			.param("username", author.username())
			.param("name", author.displayName())
			.param("body", body)
			.param("now", now)
			.query(Long.class)
			.single();
		List<UserRef> mentioned = mentions.save(id, body);
		publish(get(orderId, id), order.orderNumber(), mentioned, author, false);
		return get(orderId, id);
	}

	@Transactional
	public CommentView edit(long orderId, long commentId, CommentCommand command) {
		Orders.OrderRef order = orders.find(orderId).orElseThrow(() -> new NotFoundException("CustomerOrder", orderId));
		CommentView comment = get(orderId, commentId);
		CurrentUser author = author();
		if (!comment.author().equalsIgnoreCase(author.username())) {
			throw new AccessDeniedException("only the author changes a comment");
		}
		checkVersion(comment, command.version());
		String body = checkedBody(command);
		int updated = jdbc.sql("""
				update order_comment set body = :body, version = version + 1, updated_at = :now
				 where id = :id and version = :version
				""")
			.param("body", body)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("id", commentId)
			.param("version", comment.version())
			.update();
		if (updated == 0) { // changed by the author elsewhere between the read and this write
			throw new StaleVersionException("OrderComment", commentId, comment.version(), comment.version() + 1);
		}
		Set<Long> before = comment.mentions().stream().map(MentionView::userId).collect(Collectors.toSet());
		List<UserRef> newlyMentioned = mentions.replace(commentId, body).stream()
			.filter(user -> !before.contains(user.id()))
			.toList();
		CommentView changed = get(orderId, commentId);
		publish(changed, order.orderNumber(), newlyMentioned, author, true);
		return changed;
	}

	@Transactional
	public void delete(long orderId, long commentId, Long version) {
		orders.assertVisible(orderId);
		CommentView comment = get(orderId, commentId);
		CurrentUser caller = author();
		if (!comment.author().equalsIgnoreCase(caller.username()) && !caller.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("only the author or an administrator removes a comment");
		}
		checkVersion(comment, version);
		int deleted = jdbc.sql("delete from order_comment where id = :id and version = :version")
			.param("id", commentId)
			.param("version", comment.version())
			.update();
		if (deleted == 0) {
			throw new StaleVersionException("OrderComment", commentId, comment.version(), comment.version() + 1);
		}
	}

	/** The order's comments written before the instant (all when null), newest first, at most {@code limit}. */
	List<CommentView> newest(long orderId, Instant before, int limit) {
		return mentions.attach(jdbc.sql("""
				select * from order_comment
				 where order_id = :order and (cast(:before as timestamptz) is null or created_at < :before)
				 order by created_at desc, id desc limit :limit
				""")
			.param("order", orderId)
			.param("before", before == null ? null : OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
			.param("limit", limit)
			.query(OrderComments::map)
			.list());
	}

	private CommentView get(long orderId, long commentId) {
		return mentions.attach(jdbc.sql("select * from order_comment where id = :id and order_id = :order")
			.param("id", commentId)
			.param("order", orderId)
			.query(OrderComments::map)
			.list()).stream().findFirst().orElseThrow(() -> new NotFoundException("OrderComment", commentId));
	}

	private static String checkedBody(CommentCommand command) {
		String body = command.body() == null ? "" : command.body().strip();
		if (body.isEmpty()) {
			throw new RuleViolationException("body", "orders.comment.body.required");
		}
		if (body.length() > MAX_LENGTH) {
			throw new RuleViolationException("body", "orders.comment.body.tooLong", MAX_LENGTH);
		}
		return body;
	}

	private static void checkVersion(CommentView comment, Long version) {
		if (version == null) {
			throw new RuleViolationException("version", "orders.comment.version.required");
		}
		if (version != comment.version()) {
			throw new StaleVersionException("OrderComment", comment.id(), version, comment.version());
		}
	}

	private static CurrentUser author() {
		return Identity.current().orElseThrow(() -> new AccessDeniedException("comments are written by a user"));
	}

	private void publish(CommentView comment, String orderNumber, List<UserRef> mentioned, CurrentUser author,
			boolean edited) {
		List<Long> recipients = mentioned.stream().map(UserRef::id).filter(id -> id != author.id()).toList();
		String excerpt = comment.body().length() <= 200 ? comment.body() : comment.body().substring(0, 199) + "…";
		events.publishEvent(new CommentPosted(comment.id(), comment.version(), comment.orderId(), orderNumber,
				author.username(), author.displayName(), excerpt, recipients, edited));
	}

	private static CommentView map(ResultSet rs, int row) throws SQLException {
		Instant created = rs.getTimestamp("created_at").toInstant();
		Instant updated = rs.getTimestamp("updated_at").toInstant();
		return new CommentView(rs.getLong("id"), rs.getLong("version"), rs.getLong("order_id"),
				rs.getString("author_username"), rs.getString("author_name"), rs.getString("body"), List.of(), created,
				updated, rs.getLong("version") > 0);
	}
}
