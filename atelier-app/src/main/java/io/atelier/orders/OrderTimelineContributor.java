package io.atelier.orders;

import java.time.Instant;
import java.util.List;

/**
 * A source of an order's timeline: the audit trail, comments, attachments — and promises, change requests and splits
 * when they come. A Spring bean implementing this is asked for its entries of the order; the timeline merges them.
 */
public interface OrderTimelineContributor {

	/**
	 * The order's entries that happened before {@code before} (all when null), newest first, at most {@code limit}
	 * (returning more is allowed; the timeline cuts).
	 */
	List<TimelineEntry> entries(long orderId, Instant before, int limit);
}
