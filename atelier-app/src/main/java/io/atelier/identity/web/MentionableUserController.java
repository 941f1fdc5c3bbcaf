package io.atelier.identity.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.identity.UserDirectory;
import io.atelier.identity.UserDirectory.UserRef;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Users")
class MentionableUserController {

	private final UserDirectory directory;

	MentionableUserController(UserDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/api/users/mentionable")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Staff users whose user name or display name contains q, for @mentions in comments (at most "
			+ "limit, default 10, up to 50); customers are never listed. Roles: staff (not CUSTOMER).")
	List<UserRef> mentionable(@RequestParam(required = false) String q,
			@RequestParam(required = false, defaultValue = "10") int limit) {
		return directory.searchStaff(q, limit);
	}
}
