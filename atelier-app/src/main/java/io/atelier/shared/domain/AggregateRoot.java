package io.atelier.shared.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * Base of every aggregate root: a database id, an optimistic-lock version that clients send back on update, and the
 * creation and last-change instants (UTC).
 */
@MappedSuperclass
public abstract class AggregateRoot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	public Long getId() {
		return id;
	}

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
		if (id != null && expected != version) {
			throw new StaleVersionException(getClass().getSimpleName(), id, expected, version);
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
