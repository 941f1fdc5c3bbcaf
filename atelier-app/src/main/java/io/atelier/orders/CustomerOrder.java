package io.atelier.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import io.atelier.shared.domain.AggregateRoot;
import io.atelier.shared.domain.RuleViolationException;

/**
 * A customer order (订单): header, lines, and the life cycle. Every change of status goes through one of the transition
 * methods, which checks that the order may take it ({@link OrderTransitions}) and registers the past-tense event the
 * service publishes in the same transaction.
 */
@Entity
@Table(name = "customer_order")
class CustomerOrder extends AggregateRoot {

	/** The header as entered, checked, with the customer as the customers module knows it. */
	record Header(long customerId, String customerCode, String customerName, LocalDate requestedDate,
			Priority priority, String notes) {
	}

	@Column(nullable = false, updatable = false)
	private String orderNumber;

	@Column(nullable = false)
	private long customerId;

	@Column(nullable = false)
	private String customerCode;

	@Column(nullable = false)
	private String customerName;

	@Column(nullable = false)
	private LocalDate requestedDate;

	private LocalDate promisedDate;

	private String promiseNote;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Priority priority;

	private String notes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrderStatus status;

	@Enumerated(EnumType.STRING)
	private OrderStatus heldFrom;

	private String statusReason;

	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("lineNo")
	private List<OrderLine> lines = new ArrayList<>();

	@Transient
	private final List<Object> events = new ArrayList<>();

	protected CustomerOrder() {
	}

	CustomerOrder(String orderNumber, Header header, List<OrderLine.Content> lines) {
		this.orderNumber = orderNumber;
		this.status = OrderStatus.DRAFT;
		applyHeader(header);
		lines.forEach(content -> this.lines.add(new OrderLine(this, content)));
		this.lines.sort(Comparator.comparingInt(OrderLine::getLineNo));
	}

	/** Changes header and lines; only while nothing was released to production. */
	void change(Header header, List<OrderLine.Content> contents) {
		OrderTransitions.EDIT.check(this);
		applyHeader(header);
		if (mergeLines(contents)) {
			touch(); // a change inside a line does not dirty the order itself
		}
	}

	/**
	 * Applies an approved change request to an order released to production (docs/orders.md, "Change requests"):
	 * dates, priority and lines as the request proposed them.
	 */
	void applyChange(LocalDate requestedDate, LocalDate promisedDate, Priority priority,
			List<OrderLine.Content> contents) {
		OrderTransitions.CHANGE.check(this);
		this.requestedDate = requestedDate;
		this.promisedDate = promisedDate;
		this.priority = priority;
		mergeLines(contents);
		touch(); // the order's version moves with every approved change
	}

	/** Cancels an order released to production, as an approved change request decided. */
	void cancelByChangeRequest(String reason) {
		OrderTransitions.CHANGE.check(this);
		requireReason(reason);
		OrderStatus from = status == OrderStatus.ON_HOLD ? heldFrom : status;
		moveTo(OrderStatus.CANCELLED, reason);
		events.add(new OrderCancelled(getId(), orderNumber, from, reason));
	}

	private boolean mergeLines(List<OrderLine.Content> contents) {
		Map<Integer, OrderLine> previous = lines.stream()
			.collect(Collectors.toMap(OrderLine::getLineNo, Function.identity()));
		boolean changed = false;
		for (OrderLine.Content content : contents) {
			OrderLine line = previous.remove(content.lineNo());
			if (line == null) {
				lines.add(new OrderLine(this, content));
				changed = true;
			}
			else {
				changed |= line.change(content);
			}
		}
		changed |= lines.removeAll(previous.values());
		lines.sort(Comparator.comparingInt(OrderLine::getLineNo));
		return changed;
	}

	private void applyHeader(Header header) {
		this.customerId = header.customerId();
		this.customerCode = header.customerCode();
		this.customerName = header.customerName();
		this.requestedDate = header.requestedDate();
		this.priority = header.priority() == null ? Priority.NORMAL : header.priority();
		this.notes = header.notes();
	}

	void confirm() {
		OrderTransitions.CONFIRM.check(this);
		if (lines.isEmpty()) {
			throw new RuleViolationException("lines", "orders.lines.required");
		}
		moveTo(OrderStatus.CONFIRMED, null);
		events.add(new OrderConfirmed(getId(), orderNumber));
	}

	/**
	 * Releases the order to production. Only the state changes here; exploding the lines into work orders listens to
	 * {@link OrderReleased}.
	 */
	void release() {
		OrderTransitions.RELEASE.check(this);
		moveTo(OrderStatus.RELEASED, null);
		events.add(new OrderReleased(getId(), orderNumber));
	}

	void startProduction() {
		OrderTransitions.START_PRODUCTION.check(this);
		moveTo(OrderStatus.IN_PRODUCTION, null);
		events.add(new OrderProductionStarted(getId(), orderNumber));
	}

	void complete() {
		OrderTransitions.COMPLETE.check(this);
		moveTo(OrderStatus.COMPLETED, null);
		events.add(new OrderCompleted(getId(), orderNumber));
	}

	void ship() {
		OrderTransitions.SHIP.check(this);
		moveTo(OrderStatus.SHIPPED, null);
		events.add(new OrderShipped(getId(), orderNumber));
	}

	void hold(String reason) {
		OrderTransitions.HOLD.check(this);
		requireReason(reason);
		OrderStatus from = status;
		moveTo(OrderStatus.ON_HOLD, reason);
		heldFrom = from;
		events.add(new OrderHeld(getId(), orderNumber, from, reason));
	}

	void resume() {
		OrderTransitions.RESUME.check(this);
		OrderStatus back = heldFrom;
		moveTo(back, null);
		events.add(new OrderResumed(getId(), orderNumber, back));
	}

	void cancel(String reason) {
		OrderTransitions.CANCEL.check(this);
		requireReason(reason);
		OrderStatus from = status;
		moveTo(OrderStatus.CANCELLED, reason);
		events.add(new OrderCancelled(getId(), orderNumber, from, reason));
	}

	/** Only drafts are deleted; anything the customer was told about is cancelled instead. */
	void checkDeletable() {
		OrderTransitions.DELETE.check(this);
	}

	/**
	 * Commits to a date, before release only (docs/planning.md): the proposal it was offered, and the reason when the
	 * planner chose another date, travel with the event.
	 */
	void promise(LocalDate date, LocalDate proposed, String reason) {
		OrderTransitions.PROMISE.check(this);
		this.promisedDate = date;
		this.promiseNote = reason;
		events.add(new OrderPromised(getId(), orderNumber, date, proposed, reason));
	}

	private void moveTo(OrderStatus next, String reason) {
		status = next;
		heldFrom = null;
		statusReason = reason;
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("reason", "validation.required");
		}
	}

	/** The events registered since the order was loaded, taken once by whoever publishes them. */
	List<Object> takeEvents() {
		List<Object> taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	String getOrderNumber() {
		return orderNumber;
	}

	long getCustomerId() {
		return customerId;
	}

	String getCustomerCode() {
		return customerCode;
	}

	String getCustomerName() {
		return customerName;
	}

	LocalDate getRequestedDate() {
		return requestedDate;
	}

	LocalDate getPromisedDate() {
		return promisedDate;
	}

	String getPromiseNote() {
		return promiseNote;
	}

	/** The promised date once there is one, else the requested date. */
	LocalDate getDueDate() {
		return promisedDate != null ? promisedDate : requestedDate;
	}

	Priority getPriority() {
		return priority;
	}

	String getNotes() {
		return notes;
	}

	OrderStatus getStatus() {
		return status;
	}

	OrderStatus getHeldFrom() {
		return heldFrom;
	}

	String getStatusReason() {
		return statusReason;
	}

	List<OrderLine.Content> getLines() {
		return lines.stream().map(OrderLine::content).toList();
	}

	@Override
	public String auditLabel() {
		return orderNumber;
	}
}
