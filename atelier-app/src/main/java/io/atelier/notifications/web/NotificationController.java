package io.atelier.notifications.web;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.notifications.Notifications;
import io.atelier.notifications.Notifications.Inbox;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "The signed-in user's in-app notifications (通知)")
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	@PreAuthorize(Roles.AUTHENTICATED)
	@Operation(summary = "My notifications, newest first (limit, default 20, up to 100; unreadOnly=true), with the "
			+ "number unread. Roles: everyone, each their own.")
	Inbox mine(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false, defaultValue = "false") boolean unreadOnly) {
		return notifications.mine(limit, unreadOnly);
	}

	@PostMapping("/{id}/read")
	@PreAuthorize(Roles.AUTHENTICATED)
	@Operation(summary = "Mark one of my notifications read (404 if not mine). Roles: everyone, each their own.")
	Inbox read(@PathVariable long id) {
		notifications.markRead(id);
		return notifications.mine(null, false);
	}

	@PostMapping("/read-all")
	@PreAuthorize(Roles.AUTHENTICATED)
	@Operation(summary = "Mark all my notifications read; answers how many were unread. Roles: everyone.")
	Map<String, Integer> readAll() {
		return Map.of("marked", notifications.markAllRead());
	}
}
