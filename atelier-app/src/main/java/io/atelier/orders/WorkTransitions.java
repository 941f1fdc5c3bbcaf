package io.atelier.orders;

import static io.atelier.orders.WorkStatus.CANCELLED;
import static io.atelier.orders.WorkStatus.DONE;
import static io.atelier.orders.WorkStatus.IN_PROGRESS;
import static io.atelier.orders.WorkStatus.MERGED;
import static io.atelier.orders.WorkStatus.PAUSED;
import static io.atelier.orders.WorkStatus.PENDING;
import static io.atelier.orders.WorkStatus.READY;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import io.atelier.shared.domain.ConflictException;

/**
 * The state machine shared by work orders and operations: pending → ready → in progress ⇄ paused → done, and cancelled
 * from anything not yet done. An operation starts ahead of its predecessors ({@code START_AHEAD}) only when they have
 * released a transfer batch or a supervisor overrides (see {@link OperationReports}). A refused action is a conflict (409) naming the work order or operation, the action and
 * its status, in the caller's language.
 */
enum WorkTransitions {

	MAKE_READY(READY, PENDING), START(IN_PROGRESS, READY), START_AHEAD(IN_PROGRESS, PENDING), PAUSE(PAUSED, IN_PROGRESS),
	RESUME(IN_PROGRESS, PAUSED), FINISH(DONE, IN_PROGRESS), CANCEL(CANCELLED, PENDING, READY, IN_PROGRESS, PAUSED),
	MERGE(MERGED, PENDING, READY);

	private final WorkStatus to;

	private final Set<WorkStatus> from;

	WorkTransitions(WorkStatus to, WorkStatus... from) {
		this.to = to;
		this.from = EnumSet.copyOf(Arrays.asList(from));
	}

	boolean allows(WorkStatus status) {
		return from.contains(status);
	}

	/** @return the status after the action, once it is allowed */
	WorkStatus apply(String number, WorkStatus status) {
		if (!allows(status)) {
			throw new ConflictException("status", "orders.work.transition.illegal", number,
					new DefaultMessageSourceResolvable("orders.work.action." + name().toLowerCase(Locale.ROOT)),
					new DefaultMessageSourceResolvable("orders.work.status." + status.name()));
		}
		return to;
	}
}
