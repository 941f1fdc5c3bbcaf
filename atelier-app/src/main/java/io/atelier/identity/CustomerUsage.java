package io.atelier.identity;

import java.util.List;

import org.springframework.stereotype.Component;

import io.atelier.shared.domain.Usage;
import io.atelier.shared.domain.UsageProbe;

/** A customer that portal users belong to cannot be deleted. */
@Component
class CustomerUsage implements UsageProbe {

	private final UserRepository users;

	CustomerUsage(UserRepository users) {
		this.users = users;
	}

	@Override
	public List<Usage> usagesOf(String entityType, long id) {
		if (!"Customer".equals(entityType)) {
			return List.of();
		}
		return users.findTop5ByCustomerId(id).stream().map(user -> new Usage("User", user.getUsername())).toList();
	}
}
