package io.atelier.audit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who made a change: the signed-in user, or {@code system} for Atelier's own work (demo data, scheduled jobs). */
final class Actor {

	static final String SYSTEM = "system";

	private Actor() {
	}

	static String current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth.getName() == null || "anonymousUser".equals(auth.getName())) {
			return SYSTEM;
		}
		return auth.getName();
	}
}
