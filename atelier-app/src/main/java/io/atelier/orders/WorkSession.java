package io.atelier.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One operator's work on an operation: several operators may work on one operation, each starting, pausing and
 * finishing their own session.
 */
@Embeddable
record WorkSession(@Column(nullable = false) String operator,
		@Enumerated(EnumType.STRING) @Column(nullable = false) Status status) {

	enum Status {
		RUNNING, PAUSED, DONE
	}

	boolean open() {
		return status != Status.DONE;
	}

	WorkSession with(Status next) {
		return new WorkSession(operator, next);
	}
}
