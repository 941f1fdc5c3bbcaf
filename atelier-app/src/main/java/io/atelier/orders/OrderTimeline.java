package io.atelier.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.shared.domain.RuleViolationException;

/**
 * Everything that happened to an order, newest first, merged from every {@link OrderTimelineContributor}. Read in
 * pages: the next page is the one {@code before} the {@code nextBefore} of this one.
 */
@Service
public class OrderTimeline {

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 200;

	private final Orders orders;

	private final List<OrderTimelineContributor> contributors;

	OrderTimeline(Orders orders, List<OrderTimelineContributor> contributors) {
		this.orders = orders;
		this.contributors = contributors;
	}

	/** A page of the timeline; {@code nextBefore} is empty on the last page. */
	public record TimelinePage(List<TimelineEntry> items, Instant nextBefore) {
	}

	@Transactional(readOnly = true)
	public TimelinePage of(long orderId, Instant before, Integer limit) {
		int size = limit == null ? DEFAULT_LIMIT : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw new RuleViolationException("limit", "validation.size", MAX_LIMIT);
		}
		orders.assertVisible(orderId);
		List<TimelineEntry> all = new ArrayList<>();
		for (OrderTimelineContributor contributor : contributors) {
			all.addAll(contributor.entries(orderId, before, size + 1));
		}
		all.sort(Comparator.comparing(TimelineEntry::at).reversed());
		if (all.size() <= size) {
			return new TimelinePage(all, null);
		}
		// entries of the same instant stay on one page, so that "before" loses none of them
		Instant last = all.get(size - 1).at();
		List<TimelineEntry> page = all.stream().filter(e -> !e.at().isBefore(last)).toList();
		return new TimelinePage(page, last);
	}
}
