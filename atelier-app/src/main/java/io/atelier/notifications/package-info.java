/**
 * In-app notifications (通知): what a user should look at — a comment that mentions them today, late orders tomorrow.
 * Other modules never call it: it listens to their events ({@link io.atelier.orders.CommentPosted}) and keeps, per
 * user, what they have not read yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package io.atelier.notifications;
