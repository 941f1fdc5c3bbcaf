package io.atelier.orders;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/** The timeline's entries for comments: who wrote what, when (the text as it reads now). */
@Component
class CommentTimelineEntries implements OrderTimelineContributor {

	private final OrderComments comments;

	CommentTimelineEntries(OrderComments comments) {
		this.comments = comments;
	}

	@Override
	public List<TimelineEntry> entries(long orderId, Instant before, int limit) {
		return comments.newest(orderId, before, limit)
			.stream()
			.map(comment -> new TimelineEntry(comment.createdAt(), comment.author(), "comment.posted",
					AuditTimelineEntries.params("commentId", String.valueOf(comment.id()), "authorName",
							comment.authorName(), "text", excerpt(comment.body()))))
			.toList();
	}

	private static String excerpt(String body) {
		return body.length() <= 300 ? body : body.substring(0, 299) + "…";
	}
}
