package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.atelier.shared.domain.AggregateRoot;
import io.atelier.shared.domain.ConflictException;

/**
 * A handover whose counted quantity differs from the sent one (交接差异): open until a supervisor of either workshop
 * decides which quantity stands, with a reason.
 */
@Entity
@Table(name = "shopfloor_handover_discrepancy")
class HandoverDiscrepancy extends AggregateRoot {

	enum Status {
		OPEN, RESOLVED
	}

	/** Which quantity stands: the counted one, the sent one, or a new count the supervisor gives. */
	enum Resolution {
		ACCEPT_COUNTED, ACCEPT_SENT, RECOUNT
	}

	@Column(nullable = false, updatable = false)
	private long handoverId;

	@Column(nullable = false, updatable = false)
	private BigDecimal sentQuantity;

	@Column(nullable = false, updatable = false)
	private BigDecimal countedQuantity;

	@Column(nullable = false, updatable = false)
	private BigDecimal difference;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Enumerated(EnumType.STRING)
	private Resolution resolution;

	private BigDecimal recountedQuantity;

	private String reason;

	private String resolvedBy;

	private Instant resolvedAt;

	protected HandoverDiscrepancy() {
	}

	HandoverDiscrepancy(long handoverId, BigDecimal sent, BigDecimal counted) {
		this.handoverId = handoverId;
		this.sentQuantity = sent;
		this.countedQuantity = counted;
		this.difference = counted.subtract(sent);
		this.status = Status.OPEN;
	}

	/**
	 * Decides the discrepancy; 409 when it was decided before.
	 * @return the quantity that stands
	 */
	BigDecimal resolve(Resolution resolution, BigDecimal recounted, String reason, String by) {
		if (status != Status.OPEN) {
			throw new ConflictException("status", "shopfloor.discrepancy.resolved", String.valueOf(getId()));
		}
		this.status = Status.RESOLVED;
		this.resolution = resolution;
		this.recountedQuantity = resolution == Resolution.RECOUNT ? recounted : null;
		this.reason = reason;
		this.resolvedBy = by;
		this.resolvedAt = Instant.now();
		return switch (resolution) {
			case ACCEPT_COUNTED -> countedQuantity;
			case ACCEPT_SENT -> sentQuantity;
			case RECOUNT -> recounted;
		};
	}

	long getHandoverId() {
		return handoverId;
	}

	BigDecimal getSentQuantity() {
		return sentQuantity;
	}

	BigDecimal getCountedQuantity() {
		return countedQuantity;
	}

	BigDecimal getDifference() {
		return difference;
	}

	@Override
	public String auditLabel() {
		return "#" + getId() + " (handover #" + handoverId + ")";
	}
}
