package io.atelier.shared.web;

/**
 * The role rules of the API in one place, as Spring Security expressions for {@code @PreAuthorize}. Every endpoint names
 * one of these (or its own); the role-matrix test checks each endpoint against every role.
 */
public final class Roles {

	/** Anybody working for the factory: everyone but customers. */
	public static final String STAFF = "hasAnyRole('ADMIN','PLANNER','SUPERVISOR','OPERATOR','QUALITY','MANAGER')";

	/** Those who maintain master data: the structure of the factory, its products and its customers. */
	public static final String MASTER_DATA_WRITE = "hasAnyRole('ADMIN','PLANNER')";

	/** Those who enter customer orders and move them through their life cycle (docs/orders.md). */
	public static final String ORDERS_WRITE = "hasAnyRole('ADMIN','PLANNER')";

	/** Those who report an order's progress on the shop floor: production started, completed, shipped. */
	public static final String ORDERS_PROGRESS = "hasAnyRole('ADMIN','PLANNER','SUPERVISOR')";

	/** Those who attach drawings, photos and documents to an order, or remove them. */
	/** Those who report work on the shop floor: operations started, paused, resumed, finished, cancelled. */
	public static final String SHOP_FLOOR = "hasAnyRole('ADMIN','SUPERVISOR','OPERATOR')";

	public static final String ORDER_FILES_WRITE = "hasAnyRole('ADMIN','PLANNER','SUPERVISOR','QUALITY')";

	public static final String ADMIN = "hasRole('ADMIN')";

	public static final String AUTHENTICATED = "isAuthenticated()";

	private Roles() {
	}
}
