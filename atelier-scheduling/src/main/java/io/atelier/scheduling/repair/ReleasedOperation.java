package io.atelier.scheduling.repair;

import io.atelier.scheduling.model.OperationId;

/** A frozen or pinned operation, not yet started, that the event made impossible to keep where it was, and why. */
public record ReleasedOperation(OperationId operation, Reason reason) {

	/** Why the operation could not stay at its start, checked in this order. */
	public enum Reason {

		/** Its material or its job now comes later than its start. */
		MATERIAL_LATE,

		/** A predecessor moved or now ends too late for it. */
		PREDECESSOR_MOVED,

		/** Its machine no longer works at its start (a downtime, or nothing but downtime after it). */
		MACHINE_DOWN,

		/** Its machine is taken at that time by work kept before it that now runs longer (an overrun, a pause). */
		MACHINE_BUSY,

		/** Too few qualified workers are at work and free for it at that time. */
		NO_WORKERS
	}
}
