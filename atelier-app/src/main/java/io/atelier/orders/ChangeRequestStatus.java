package io.atelier.orders;

/** A change request is pending until an approver approves or rejects it, or its requester withdraws it. */
public enum ChangeRequestStatus {
	PENDING, APPROVED, REJECTED, WITHDRAWN
}
