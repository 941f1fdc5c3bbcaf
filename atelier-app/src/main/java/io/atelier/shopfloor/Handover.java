package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import io.atelier.shared.domain.AggregateRoot;
import io.atelier.shared.domain.ConflictException;

/**
 * A handover (车间交接) of a quantity from an operation in one workshop to the next operation in another: scanned out
 * by the sender ({@code IN_TRANSIT}), then counted and confirmed by the receiver ({@code RECEIVED}) or withdrawn by the
 * sender before that ({@code CANCELLED}). Both people and times are kept; what was copied at scan-out (numbers, names)
 * never changes.
 */
@Entity
@Table(name = "shopfloor_handover")
class Handover extends AggregateRoot {

	enum Status {
		IN_TRANSIT, RECEIVED, CANCELLED
	}

	/** Where a handover goes from and to, as the orders and factory modules told it at scan-out. */
	record Route(String orderNumber, long workOrderId, String workOrderNumber, String itemCode, String itemName,
			String unit, long fromOperationId, String fromOperationNumber, String fromOperationName,
			long fromWorkshopId, String fromWorkshopName, long toOperationId, String toOperationNumber,
			String toOperationName, long toWorkshopId, String toWorkshopName) {
	}

	@Column(nullable = false, updatable = false)
	private String orderNumber;

	@Column(nullable = false, updatable = false)
	private long workOrderId;

	@Column(nullable = false, updatable = false)
	private String workOrderNumber;

	@Column(nullable = false, updatable = false)
	private String itemCode;

	@Column(nullable = false, updatable = false)
	private String itemName;

	@Column(updatable = false)
	private String unit;

	@Column(nullable = false, updatable = false)
	private long fromOperationId;

	@Column(nullable = false, updatable = false)
	private String fromOperationNumber;

	@Column(nullable = false, updatable = false)
	private String fromOperationName;

	@Column(nullable = false, updatable = false)
	private long fromWorkshopId;

	@Column(nullable = false, updatable = false)
	private String fromWorkshopName;

	@Column(nullable = false, updatable = false)
	private long toOperationId;

	@Column(nullable = false, updatable = false)
	private String toOperationNumber;

	@Column(nullable = false, updatable = false)
	private String toOperationName;

	@Column(nullable = false, updatable = false)
	private long toWorkshopId;

	@Column(nullable = false, updatable = false)
	private String toWorkshopName;

	@Column(nullable = false, updatable = false)
	private BigDecimal quantity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false, updatable = false)
	private String sentBy;

	@Column(nullable = false, updatable = false)
	private Instant sentAt;

	private BigDecimal countedQuantity;

	private String receivedBy;

	private Instant receivedAt;

	private BigDecimal acceptedQuantity;

	private String cancelledBy;

	private Instant cancelledAt;

	protected Handover() {
	}

	Handover(Route route, BigDecimal quantity, String sentBy) {
		this.orderNumber = route.orderNumber();
		this.workOrderId = route.workOrderId();
		this.workOrderNumber = route.workOrderNumber();
		this.itemCode = route.itemCode();
		this.itemName = route.itemName();
		this.unit = route.unit();
		this.fromOperationId = route.fromOperationId();
		this.fromOperationNumber = route.fromOperationNumber();
		this.fromOperationName = route.fromOperationName();
		this.fromWorkshopId = route.fromWorkshopId();
		this.fromWorkshopName = route.fromWorkshopName();
		this.toOperationId = route.toOperationId();
		this.toOperationNumber = route.toOperationNumber();
		this.toOperationName = route.toOperationName();
		this.toWorkshopId = route.toWorkshopId();
		this.toWorkshopName = route.toWorkshopName();
		this.quantity = quantity;
		this.sentBy = sentBy;
		this.sentAt = Instant.now();
		this.status = Status.IN_TRANSIT;
	}

	/**
	 * The receiver confirms with the quantity they counted; 409 unless in transit.
	 * @return true when the count differs from what was sent (a discrepancy)
	 */
	boolean receive(BigDecimal counted, String receiver) {
		checkInTransit();
		countedQuantity = counted;
		receivedBy = receiver;
		receivedAt = Instant.now();
		status = Status.RECEIVED;
		boolean differs = counted.compareTo(quantity) != 0;
		acceptedQuantity = differs ? null : counted;
		return differs;
	}

	/** The sender withdraws it before it is received; 409 otherwise. */
	void cancel(String by) {
		checkInTransit();
		status = Status.CANCELLED;
		cancelledBy = by;
		cancelledAt = Instant.now();
	}

	/** A supervisor decided which quantity stands after a discrepancy. */
	void accept(BigDecimal accepted) {
		acceptedQuantity = accepted;
	}

	private void checkInTransit() {
		if (status != Status.IN_TRANSIT) {
			throw new ConflictException("status", "shopfloor.handover.not-in-transit", String.valueOf(getId()),
					new DefaultMessageSourceResolvable("shopfloor.handover.status." + status.name()));
		}
	}

	Status getStatus() {
		return status;
	}

	BigDecimal getQuantity() {
		return quantity;
	}

	BigDecimal getCountedQuantity() {
		return countedQuantity;
	}

	String getSentBy() {
		return sentBy;
	}

	Instant getSentAt() {
		return sentAt;
	}

	String getReceivedBy() {
		return receivedBy;
	}

	Instant getReceivedAt() {
		return receivedAt;
	}

	long getWorkOrderId() {
		return workOrderId;
	}

	long getFromOperationId() {
		return fromOperationId;
	}

	long getToOperationId() {
		return toOperationId;
	}

	long getFromWorkshopId() {
		return fromWorkshopId;
	}

	long getToWorkshopId() {
		return toWorkshopId;
	}

	@Override
	public String auditLabel() {
		return fromOperationNumber + " → " + toOperationNumber + " #" + getId();
	}
}
