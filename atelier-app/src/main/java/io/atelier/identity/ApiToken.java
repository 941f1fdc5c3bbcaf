package io.atelier.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A bearer token for an API client. Only the SHA-256 of the token is stored; the token itself is shown once, when it is
 * created. Revoking keeps the row, so that the audit trail can still say whose token did what.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long userId;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false, unique = true, length = 64)
	private String tokenHash;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(long userId, String name, String tokenHash, Instant expiresAt) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = Instant.now();
		this.expiresAt = expiresAt;
	}

	boolean usable(Instant now) {
		return revokedAt == null && expiresAt.isAfter(now);
	}

	void revoke() {
		if (revokedAt == null) {
			revokedAt = Instant.now();
		}
	}

	Long getId() {
		return id;
	}

	long getUserId() {
		return userId;
	}

	String getName() {
		return name;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	Instant getLastUsedAt() {
		return lastUsedAt;
	}

	Instant getRevokedAt() {
		return revokedAt;
	}
}
