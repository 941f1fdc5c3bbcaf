package io.atelier.orders;

import java.util.List;

/**
 * A comment was written on an order; {@code mentionedUserIds} are the staff users it @mentions (never its author), each
 * of whom should hear of it. Also published when a comment is changed, then naming only the users it newly mentions
 * ({@code edited} true).
 */
public record CommentPosted(long commentId, long commentVersion, long orderId, String orderNumber, String author,
		String authorName, String excerpt, List<Long> mentionedUserIds, boolean edited) {
}
