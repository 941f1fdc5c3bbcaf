package io.atelier.orders;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import io.atelier.shared.domain.AggregateRoot;
import io.atelier.shared.domain.ConflictException;

/**
 * A change request (变更申请) of a released order: the change proposed (as JSON, normalised), why, by whom, against
 * which version of the order, which work orders it would touch, and the decision. Pending until an approver approves or
 * rejects it or the requester withdraws it; a decided request never changes again.
 */
@Entity
@Table(name = "order_change_request")
class ChangeRequest extends AggregateRoot {

	@Column(nullable = false, updatable = false)
	private long orderId;

	@Column(nullable = false, updatable = false)
	private String orderNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ChangeKind kind;

	@Column(nullable = false, updatable = false)
	private String proposal;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ChangeRequestStatus status;

	@Column(nullable = false, updatable = false)
	private String requestedBy;

	@Column(nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(nullable = false, updatable = false)
	private long orderVersion;

	@Column(nullable = false)
	private String impact;

	private String appliedImpact;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionNote;

	protected ChangeRequest() {
	}

	ChangeRequest(long orderId, String orderNumber, long orderVersion, ChangeKind kind, String proposal, String reason,
			String requestedBy, String impact) {
		this.orderId = orderId;
		this.orderNumber = orderNumber;
		this.orderVersion = orderVersion;
		this.kind = kind;
		this.proposal = proposal;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = Instant.now();
		this.impact = impact;
		this.status = ChangeRequestStatus.PENDING;
	}

	void approve(String by, String note, String applied) {
		decide(ChangeRequestStatus.APPROVED, by, note);
		this.appliedImpact = applied;
	}

	void reject(String by, String note) {
		decide(ChangeRequestStatus.REJECTED, by, note);
	}

	void withdraw(String by) {
		decide(ChangeRequestStatus.WITHDRAWN, by, null);
	}

	/** 409 unless still pending: a request is decided once. */
	void checkPending() {
		if (status != ChangeRequestStatus.PENDING) {
			throw new ConflictException("status", "orders.change.not-pending", getId(), orderNumber,
					new DefaultMessageSourceResolvable("orders.change.status." + status.name()),
					decidedBy == null ? "-" : decidedBy);
		}
	}

	private void decide(ChangeRequestStatus next, String by, String note) {
		checkPending();
		status = next;
		decidedBy = by;
		decidedAt = Instant.now();
		decisionNote = note;
	}

	long getOrderId() {
		return orderId;
	}

	String getOrderNumber() {
		return orderNumber;
	}

	ChangeKind getKind() {
		return kind;
	}

	String getProposal() {
		return proposal;
	}

	String getReason() {
		return reason;
	}

	ChangeRequestStatus getStatus() {
		return status;
	}

	String getRequestedBy() {
		return requestedBy;
	}

	Instant getRequestedAt() {
		return requestedAt;
	}

	long getOrderVersion() {
		return orderVersion;
	}

	String getImpact() {
		return impact;
	}

	String getAppliedImpact() {
		return appliedImpact;
	}

	String getDecidedBy() {
		return decidedBy;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

	String getDecisionNote() {
		return decisionNote;
	}

	@Override
	public String auditLabel() {
		return orderNumber + " #" + getId();
	}
}
