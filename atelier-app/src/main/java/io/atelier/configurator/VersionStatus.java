package io.atelier.configurator;

/**
 * Where a template version is in its life: a draft is edited; a released version is fixed and offered for new orders
 * (the newest released one); a retired version is no longer offered but still read by the orders that use it.
 */
public enum VersionStatus {
	DRAFT, RELEASED, RETIRED
}
