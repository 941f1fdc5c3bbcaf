package io.atelier.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security sees it, whether through a session or a bearer token. */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, Long customerId, String locale,
		String passwordHash, boolean enabled, Instant lockedUntil) implements UserDetails {

	static CurrentUser of(User user) {
		return new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(),
				user.getCustomerId(), user.getLocale(), user.getPasswordHash(), user.isEnabled(), user.getLockedUntil());
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || lockedUntil.isBefore(Instant.now());
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** Never keep the hash in a session or print it. */
	public CurrentUser withoutPassword() {
		return new CurrentUser(id, username, displayName, roles, customerId, locale, null, enabled, lockedUntil);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + username + " " + roles + "]";
	}
}
