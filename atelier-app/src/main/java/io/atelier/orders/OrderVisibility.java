package io.atelier.orders;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.atelier.identity.CurrentUser;
import io.atelier.identity.Identity;
import io.atelier.identity.Role;

/**
 * Who sees which orders: staff see every order; a customer user sees only the orders of the customer they belong to
 * (and one without a customer sees none). An order the caller may not see is answered as if it did not exist (404).
 */
@Component
class OrderVisibility {

	/** The customer the caller is restricted to, or empty for staff. A customer user without a customer gets -1. */
	Optional<Long> restrictedToCustomer() {
		Optional<CurrentUser> user = Identity.current();
		if (user.isEmpty() || !user.get().hasRole(Role.CUSTOMER) || isStaff(user.get())) {
			return Optional.empty();
		}
		return Optional.of(user.get().customerId() == null ? -1L : user.get().customerId());
	}

	boolean maySee(long customerId) {
		return restrictedToCustomer().map(own -> own == customerId).orElse(true);
	}

	private static boolean isStaff(CurrentUser user) {
		return user.roles().stream().anyMatch(role -> role != Role.CUSTOMER);
	}
}
