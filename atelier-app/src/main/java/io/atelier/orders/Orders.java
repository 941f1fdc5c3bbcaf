package io.atelier.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.audit.AuditReason;
import io.atelier.customers.Customers;
import io.atelier.customers.Customers.CustomerRef;
import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;

/**
 * The orders module's capability: enter and change customer orders and move them through their life cycle. Each
 * transition publishes its event in the same transaction (through the event publication registry, so listeners in
 * other modules get it even after a crash). Customer users see only their own customer's orders.
 */
@Service
public class Orders {

	private final OrderRepository orders;

	private final OrderNumbers numbers;

	private final OrderLineCheck lineCheck;

	private final Customers customers;

	private final OrderVisibility visibility;

	private final OrderUrgency urgency;

	private final ApplicationEventPublisher events;

	private final WorkOrderRelease workOrders;

	private final PromiseHistory promises;

	Orders(OrderRepository orders, OrderNumbers numbers, OrderLineCheck lineCheck, Customers customers,
			OrderVisibility visibility, OrderUrgency urgency, ApplicationEventPublisher events,
			WorkOrderRelease workOrders, PromiseHistory promises) {
		this.workOrders = workOrders;
		this.promises = promises;
		this.orders = orders;
		this.numbers = numbers;
		this.lineCheck = lineCheck;
		this.customers = customers;
		this.visibility = visibility;
		this.urgency = urgency;
		this.events = events;
	}

	/**
	 * Creates or changes an order. {@code orderNumber} only on create (generated when empty); {@code version} only on
	 * update.
	 */
	public record OrderCommand(Long version, @Size(max = 40) String orderNumber, @NotNull Long customerId,
			@NotNull LocalDate requestedDate, Priority priority, @Size(max = 4000) String notes,
			@Valid List<LineCommand> lines) {

		public List<LineCommand> linesOrEmpty() {
			return lines == null ? List.of() : lines;
		}
	}

	/**
	 * A line: a configured product ({@code templateCode}, optional {@code templateVersion} — the current released one
	 * when empty — and {@code parameters}) or a catalog product ({@code itemCode}).
	 */
	public record LineCommand(Integer lineNo, @Size(max = 40) String templateCode, Integer templateVersion,
			Map<String, String> parameters, @Size(max = 40) String itemCode,
			@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal quantity, LocalDate dueDate) {
	}

	/** A status change: the version read, and the reason (required to hold or cancel). */
	public record TransitionCommand(Long version, @Size(max = 2000) String reason) {
	}

	/**
	 * A promise (docs/planning.md): the date committed to, the date the planning proposal offered, and the reason,
	 * required when the two differ.
	 */
	public record PromiseCommand(Long version, LocalDate promisedDate, LocalDate proposedDate,
			@Size(max = 2000) String reason) {
	}

	/** A promise made: what, against which proposal, why, by whom and when. */
	public record PromiseView(LocalDate promisedDate, LocalDate proposedDate, String reason, String promisedBy,
			Instant promisedAt) {
	}

	public record OrderView(long id, long version, String orderNumber, long customerId, String customerCode,
			String customerName, LocalDate requestedDate, LocalDate promisedDate, String promiseNote,
			LocalDate dueDate, Priority priority, boolean rush, String notes, OrderStatus status, OrderStatus heldFrom,
			String statusReason, boolean late, boolean atRisk, List<LineView> lines, List<String> actions,
			Instant createdAt, Instant updatedAt) {
	}

	public record LineView(int lineNo, String templateCode, Integer templateVersion, Map<String, String> parameters,
			String itemCode, BigDecimal quantity, LocalDate dueDate) {
	}

	/** What other modules need to know of an order. */
	public record OrderRef(long id, String orderNumber, long customerId, OrderStatus status, LocalDate dueDate,
			Priority priority) {
	}

	@Transactional(readOnly = true)
	public OrderView get(long id) {
		return toView(load(id));
	}

	@Transactional(readOnly = true)
	public java.util.Optional<OrderRef> find(long id) {
		return orders.findById(id)
			.filter(o -> visibility.maySee(o.getCustomerId()))
			.map(o -> new OrderRef(o.getId(), o.getOrderNumber(), o.getCustomerId(), o.getStatus(), o.getDueDate(),
					o.getPriority()));
	}

	/** Throws 404 unless the order exists and the caller may see it. */
	@Transactional(readOnly = true)
	public void assertVisible(long id) {
		load(id);
	}

	@Transactional
	public OrderView create(OrderCommand command) {
		CustomerOrder order = newOrder(command, "lines");
		return toView(save(order));
	}

	/** Checks a new order without saving it; an import checks every row this way before it writes anything. */
	CustomerOrder newOrder(OrderCommand command, String linesField) {
		String number = command.orderNumber() == null || command.orderNumber().isBlank() ? freshNumber()
				: numbers.checked(command.orderNumber());
		if (orders.findByOrderNumberIgnoreCase(number).isPresent()) {
			throw new ConflictException("orderNumber", "validation.duplicate-key", number);
		}
		CustomerOrder.Header header = header(command);
		return new CustomerOrder(number, header, lineCheck.check(command.linesOrEmpty(), linesField));
	}

	@Transactional
	public OrderView update(long id, OrderCommand command) {
		CustomerOrder order = loadVersion(id, command.version());
		OrderTransitions.EDIT.check(order);
		if (command.orderNumber() != null && !command.orderNumber().isBlank()
				&& !command.orderNumber().trim().equalsIgnoreCase(order.getOrderNumber())) {
			throw new RuleViolationException("orderNumber", "orders.order-number.fixed");
		}
		order.change(header(command), lineCheck.check(command.linesOrEmpty(), "lines"));
		return toView(save(order));
	}

	@Transactional
	public void delete(long id, long version) {
		CustomerOrder order = loadVersion(id, version);
		order.checkDeletable();
		orders.delete(order);
		orders.flush();
	}

	@Transactional
	public OrderView confirm(long id, TransitionCommand command) {
		return transition(id, command, CustomerOrder::confirm);
	}

	/**
	 * Releases the order to production and explodes it into work orders in the same transaction (all or nothing: a
	 * line that cannot be exploded answers 422 and the order stays confirmed).
	 */
	@Transactional
	public OrderView release(long id, TransitionCommand command) {
		CustomerOrder order = loadVersion(id, command == null ? null : command.version());
		order.release();
		List<WorkOrder.Plan> plans = workOrders.plan(order);
		CustomerOrder saved = save(order);
		workOrders.write(saved, plans);
		return toView(saved);
	}

	/**
	 * Promises a draft or confirmed order for a date (409 otherwise), keeping the proposal and the reason in the
	 * promise history, in the order's audit trail (as the change's reason) and in {@link OrderPromised}.
	 */
	@Transactional
	public OrderView promise(long id, PromiseCommand command) {
		if (command.promisedDate() == null) {
			throw new RuleViolationException("promisedDate", "validation.required");
		}
		String reason = blankToNull(command.reason());
		if (reason == null && !command.promisedDate().equals(command.proposedDate())) {
			throw new RuleViolationException("reason", "orders.promise.reason-required");
		}
		CustomerOrder order = loadVersion(id, command.version());
		order.promise(command.promisedDate(), command.proposedDate(), reason);
		CustomerOrder saved = AuditReason.with(reason, () -> save(order));
		promises.record(saved.getId(), command.promisedDate(), command.proposedDate(), reason);
		return toView(saved);
	}

	/** The promises made for an order, newest first (404 when the caller may not see it). */
	@Transactional(readOnly = true)
	public List<PromiseView> promises(long id) {
		load(id);
		return promises.of(id);
	}

	@Transactional
	public OrderView startProduction(long id, TransitionCommand command) {
		return transition(id, command, CustomerOrder::startProduction);
	}

	@Transactional
	public OrderView complete(long id, TransitionCommand command) {
		return transition(id, command, CustomerOrder::complete);
	}

	@Transactional
	public OrderView ship(long id, TransitionCommand command) {
		return transition(id, command, CustomerOrder::ship);
	}

	@Transactional
	public OrderView hold(long id, TransitionCommand command) {
		return transition(id, command, order -> order.hold(reason(command)));
	}

	@Transactional
	public OrderView resume(long id, TransitionCommand command) {
		return transition(id, command, CustomerOrder::resume);
	}

	@Transactional
	public OrderView cancel(long id, TransitionCommand command) {
		return transition(id, command, order -> order.cancel(reason(command)));
	}

	private OrderView transition(long id, TransitionCommand command, Consumer<CustomerOrder> action) {
		CustomerOrder order = loadVersion(id, command == null ? null : command.version());
		action.accept(order);
		return toView(save(order));
	}

	private static String reason(TransitionCommand command) {
		return command.reason() == null ? null : command.reason().trim();
	}

	/** Saves the order and publishes what happened to it, in the caller's transaction. */
	CustomerOrder save(CustomerOrder order) {
		List<Object> happened = order.takeEvents();
		CustomerOrder saved = orders.saveAndFlush(order);
		happened.forEach(events::publishEvent);
		return saved;
	}

	private String freshNumber() {
		String number = numbers.next();
		while (orders.findByOrderNumberIgnoreCase(number).isPresent()) {
			number = numbers.next(); // someone entered a number of the generated form by hand
		}
		return number;
	}

	private CustomerOrder.Header header(OrderCommand command) {
		CustomerRef customer = customers.find(command.customerId())
			.orElseThrow(() -> new RuleViolationException("customerId", "validation.unknown-reference",
					command.customerId()));
		return new CustomerOrder.Header(customer.id(), customer.code(), customer.name(), command.requestedDate(),
				command.priority(), blankToNull(command.notes()));
	}

	private CustomerOrder loadVersion(long id, Long version) {
		if (version == null) {
			throw new RuleViolationException("version", "validation.required");
		}
		CustomerOrder order = load(id);
		order.checkVersion(version);
		return order;
	}

	private CustomerOrder load(long id) {
		return orders.findById(id)
			.filter(order -> visibility.maySee(order.getCustomerId()))
			.orElseThrow(() -> new NotFoundException("CustomerOrder", id));
	}

	OrderView toView(CustomerOrder o) {
		LocalDate today = LocalDate.now();
		List<LineView> lines = o.getLines()
			.stream()
			.map(l -> new LineView(l.lineNo(), l.templateCode(), l.templateVersion(), l.parameters(), l.itemCode(),
					l.quantity(), l.dueDate()))
			.toList();
		return new OrderView(o.getId(), o.getVersion(), o.getOrderNumber(), o.getCustomerId(), o.getCustomerCode(),
				o.getCustomerName(), o.getRequestedDate(), o.getPromisedDate(), o.getPromiseNote(), o.getDueDate(),
				o.getPriority(), o.getPriority().isRush(), o.getNotes(), o.getStatus(), o.getHeldFrom(),
				o.getStatusReason(), urgency.isLate(o.getStatus(), o.getDueDate(), today),
				urgency.isAtRisk(o.getStatus(), o.getRequestedDate(), o.getPromisedDate(), today), lines,
				OrderTransitions.available(o), o.getCreatedAt(), o.getUpdatedAt());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
