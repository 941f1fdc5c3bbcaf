package io.atelier.shared.domain;

/**
 * An entity that is part of an aggregate (a routing step, a BOM line): its changes are recorded in the audit trail under
 * the aggregate it belongs to, so that the history of a record shows everything that changed in it.
 */
public interface AuditedPart {

	/** The aggregate root this part belongs to. */
	Aggregate auditOwner();

	/** How the part is named inside its aggregate, e.g. {@code steps[20]}. */
	String auditPartLabel();
}
