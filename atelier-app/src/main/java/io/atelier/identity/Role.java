package io.atelier.identity;

/** The roles of Atelier; a user has one or more. A CUSTOMER user belongs to exactly one customer. */
public enum Role {
	ADMIN, PLANNER, SUPERVISOR, OPERATOR, QUALITY, MANAGER, CUSTOMER
}
