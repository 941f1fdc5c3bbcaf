package io.atelier.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.atelier.orders.Orders.OrderView;
import io.atelier.orders.Orders.TransitionCommand;
import io.atelier.shared.domain.RuleViolationException;

/**
 * Releases many confirmed orders at once, as a planner releases the week's orders from the order list (docs/orders.md,
 * "Releasing many orders"). Each order is released exactly as {@code POST /api/orders/{id}/release} releases it, in
 * its own transaction: an order that cannot be released (not confirmed, changed meanwhile, a line that cannot be
 * exploded) is refused alone, with its reason, and the others are released. The orders are released by a small pool
 * of threads shared by every bulk release of this application node ({@code atelier.orders.release.parallelism}), so
 * that the database work of one order overlaps the computing of the next while the node's connections stay bounded.
 */
@Component
public class BulkRelease {

	/** The most orders one bulk release takes. */
	public static final int MAX_ORDERS = 1000;

	private final Orders orders;

	private final ExecutorService pool;

	BulkRelease(Orders orders, @Value("${atelier.orders.release.parallelism}") int parallelism) {
		this.orders = orders;
		this.pool = Executors.newFixedThreadPool(Math.max(1, parallelism), Thread.ofPlatform()
			.name("atelier-release-", 1)
			.daemon(true)
			.factory());
	}

	/** An order to release, at the version the planner saw. */
	public record Request(Long id, Long version) {
	}

	/** What became of one order: released (its new state) or refused (the failure, as its single release answers). */
	public record Outcome(long id, OrderView order, RuntimeException refusal) {

		public boolean released() {
			return refusal == null;
		}
	}

	/**
	 * Releases the orders, in parallel, and answers each one's outcome in the order asked.
	 * @throws RuleViolationException naming {@code orders} when none or more than {@link #MAX_ORDERS} are asked, or
	 *     {@code orders[i].id} when one has no id
	 */
	public List<Outcome> release(List<Request> requests) {
		if (requests == null || requests.isEmpty() || requests.size() > MAX_ORDERS) {
			throw new RuleViolationException("orders", "orders.release.bulk.size", MAX_ORDERS);
		}
		for (int i = 0; i < requests.size(); i++) {
			if (requests.get(i) == null || requests.get(i).id() == null) {
				throw new RuleViolationException("orders[" + i + "].id", "validation.required");
			}
		}
		SecurityContext security = SecurityContextHolder.getContext();
		Locale locale = LocaleContextHolder.getLocale();
		List<Future<Outcome>> pending = new ArrayList<>();
		for (Request request : requests) {
			pending.add(pool.submit(() -> releaseOne(request, security, locale)));
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (Future<Outcome> outcome : pending) {
			outcomes.add(result(outcome));
		}
		return outcomes;
	}

	private Outcome releaseOne(Request request, SecurityContext security, Locale locale) {
		SecurityContextHolder.setContext(security);
		LocaleContextHolder.setLocale(locale);
		try {
			return new Outcome(request.id(), orders.release(request.id(), new TransitionCommand(request.version(), null)),
					null);
		}
		catch (RuntimeException refused) {
			return new Outcome(request.id(), null, refused);
		}
		finally {
			SecurityContextHolder.clearContext();
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private static Outcome result(Future<Outcome> outcome) {
		try {
			return outcome.get();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while releasing orders", interrupted);
		}
		catch (ExecutionException failed) {
			throw new IllegalStateException("releasing an order failed", failed.getCause());
		}
	}

	@PreDestroy
	void stop() {
		pool.shutdown();
	}
}
