package io.atelier.shared.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * Base of every aggregate root: an optimistic-lock version that clients send back on update, and the creation and
 * last-change instants (UTC). The id is the subclass's: most aggregates take theirs from an identity column
 * ({@link AggregateRoot}); those written many at a time take theirs from a sequence, so that their inserts batch.
 */
@MappedSuperclass
public abstract class Aggregate {

	@Version
	private long version;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	public abstract Long getId();

	public long getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	/** How people recognise this record in the audit trail and in messages, usually its code. */
	public String auditLabel() {
		return null;
	}

	/**
	 * Marks the aggregate as changed when only one of its part entities changed (a routing step): Hibernate does not
	 * dirty the root for that, so without this its version and update time would stand still and a concurrent edit of
	 * the same aggregate would not be refused.
	 */
	protected void touch() {
		updatedAt = Instant.now();
	}

	/** Refuses a change made from a stale copy of this aggregate. */
	public void checkVersion(long expected) {
		if (getId() != null && expected != version) {
			throw new StaleVersionException(getClass().getSimpleName(), getId(), expected, version);
		}
	}

	@PrePersist
	void onCreate() {
		createdAt = Instant.now();
		updatedAt = createdAt;
	}

	@PreUpdate
	void onUpdate() {
		updatedAt = Instant.now();
	}
}
