package io.atelier.orders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.atelier.identity.UserDirectory;
import io.atelier.identity.UserDirectory.UserRef;
import io.atelier.orders.OrderComments.CommentView;
import io.atelier.orders.OrderComments.MentionView;

/** The users a comment mentions: resolved against the staff users when it is written, kept with the comment. */
@Component
class CommentMentionStore {

	private final JdbcClient jdbc;

	private final UserDirectory users;

	CommentMentionStore(JdbcClient jdbc, UserDirectory users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	/** Resolves and keeps the mentions of a new comment; answers the users mentioned. */
	List<UserRef> save(long commentId, String body) {
		List<UserRef> mentioned = users.staffByUsernames(CommentMentions.in(body));
		for (UserRef user : mentioned) {
			jdbc.sql("""
					insert into order_comment_mention (comment_id, user_id, username, display_name)
					values (:comment, :user, :username, :name)
					""")
				.param("comment", commentId)
				.param("user", user.id())
				.param("username", user.username())
				.param("name", user.displayName())
				.update();
		}
		return mentioned;
	}

	/** The mentions of a changed comment, instead of those it had. */
	List<UserRef> replace(long commentId, String body) {
		jdbc.sql("delete from order_comment_mention where comment_id = :id").param("id", commentId).update();
		return save(commentId, body);
	}

	/** The comments with their mentions. */
	List<CommentView> attach(List<CommentView> comments) {
		if (comments.isEmpty()) {
			return comments;
		}
		Collection<Long> ids = comments.stream().map(CommentView::id).toList();
		Map<Long, List<MentionView>> mentions = new HashMap<>();
		jdbc.sql("""
				select comment_id, user_id, username, display_name from order_comment_mention
				 where comment_id in (:ids) order by username
				""")
			.param("ids", ids)
			.query((rs, n) -> mentions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new MentionView(rs.getLong(2), rs.getString(3), rs.getString(4))))
			.list();
		return comments.stream()
			.map(c -> new CommentView(c.id(), c.version(), c.orderId(), c.author(), c.authorName(), c.body(),
					List.copyOf(mentions.getOrDefault(c.id(), List.of())), c.createdAt(), c.updatedAt(), c.edited()))
			.toList();
	}
}
