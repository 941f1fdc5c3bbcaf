package io.atelier.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.atelier.orders.CommentPosted;

/**
 * A comment that mentions users notifies each of them, once per version of the comment (the event publication
 * registry may deliver an event again after a crash; the source key keeps that from notifying twice).
 */
@Component
class MentionNotifications {

	static final String KIND = "mention";

	private final Notifications notifications;

	MentionNotifications(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(CommentPosted event) {
		for (long user : event.mentionedUserIds()) {
			notifications.add(user, KIND, "ORDER", event.orderId(), event.orderNumber(), event.authorName(),
					event.excerpt(), "comment:" + event.commentId() + ":" + event.commentVersion());
		}
	}
}
