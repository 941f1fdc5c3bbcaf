package io.atelier.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.atelier.shared.domain.AggregateRoot;

/**
 * A person who signs in to Atelier. Failed sign-ins and lock-out are counted outside this aggregate (see
 * {@link LoginAttempts}) so that they never make an administrator's edit of the user stale.
 */
@Entity
@Table(name = "app_user")
public class User extends AggregateRoot {

	@Column(nullable = false, unique = true, length = 60)
	private String username;

	@Column(nullable = false, length = 200)
	private String displayName;

	@Column(nullable = false, length = 200)
	private String passwordHash;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role", nullable = false, length = 20)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private Long customerId;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(length = 10)
	private String locale;

	@Column(insertable = false, updatable = false)
	private Instant lockedUntil;

	protected User() {
	}

	User(String username, String displayName, String passwordHash, Set<Role> roles, Long customerId, boolean enabled,
			String locale) {
		this.username = username;
		this.passwordHash = passwordHash;
		change(displayName, roles, customerId, enabled, locale);
	}

	void change(String displayName, Set<Role> roles, Long customerId, boolean enabled, String locale) {
		this.displayName = displayName;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.customerId = roles.contains(Role.CUSTOMER) ? customerId : null;
		this.enabled = enabled;
		this.locale = locale;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public Set<Role> getRoles() {
		return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	public Long getCustomerId() {
		return customerId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public String getLocale() {
		return locale;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	@Override
	public String auditLabel() {
		return username;
	}
}
