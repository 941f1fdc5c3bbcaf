package io.atelier.orders;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.atelier.identity.CurrentUser;
import io.atelier.identity.Role;

/**
 * Who decides change requests (docs/orders.md, "Change requests"): the roles of {@code atelier.orders.change-approvers}
 * (default ADMIN, MANAGER, PLANNER; never CUSTOMER), and — the four-eyes rule, {@code atelier.orders.change-four-eyes},
 * on by default — not the person who requested the change, unless they are an administrator.
 */
@Component
class ChangeApprovers {

	private final Set<Role> approvers;

	private final boolean fourEyes;

	ChangeApprovers(@Value("${atelier.orders.change-approvers}") List<Role> approvers,
			@Value("${atelier.orders.change-four-eyes}") boolean fourEyes) {
		this.approvers = approvers.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(approvers);
		this.approvers.remove(Role.CUSTOMER);
		this.fourEyes = fourEyes;
	}

	/** 403 unless the caller has an approver role: checked first, before the request is even read. */
	void requireApproverRole() {
		if (io.atelier.identity.Identity.current().filter(this::mayDecide).isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException("not a change approver");
		}
	}

	boolean mayDecide(CurrentUser user) {
		return user.roles().stream().anyMatch(approvers::contains);
	}

	/** Whether the user may decide this request: an approver, and not its requester unless four-eyes is off or ADMIN. */
	boolean mayDecide(CurrentUser user, String requestedBy) {
		return mayDecide(user) && (!fourEyes || user.hasRole(Role.ADMIN) || !user.username().equals(requestedBy));
	}

	/** The requester withdraws their own request; an administrator may withdraw any. */
	boolean mayWithdraw(CurrentUser user, String requestedBy) {
		return user.hasRole(Role.ADMIN) || user.username().equals(requestedBy);
	}

	Set<Role> approvers() {
		return Set.copyOf(approvers);
	}
}
