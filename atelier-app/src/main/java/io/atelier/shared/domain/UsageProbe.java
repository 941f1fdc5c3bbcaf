package io.atelier.shared.domain;

import java.util.List;

/**
 * Implemented by each module for the records of other modules that its own records refer to, so that a record still in
 * use is not deleted. Modules answer only about references they own; they never read another module's tables.
 */
public interface UsageProbe {

	/** The records of this module that refer to the given record, at most a handful (enough to explain a refusal). */
	List<Usage> usagesOf(String entityType, long id);
}
