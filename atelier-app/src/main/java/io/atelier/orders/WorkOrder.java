package io.atelier.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import io.atelier.shared.domain.Aggregate;
import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;

/**
 * A work order (工单): one made item at one place of a released order's product structure, numbered
 * {@code <order number>/WO-NN}, with its operations and the bought materials it consumes. A work order made for another
 * one (a sub-assembly, a part) points to it as its parent.
 * <p>
 * The shop floor moves the operations: an operation is ready when all its predecessors are done (the first ones are
 * ready at release); starting the first operation starts the work order, and finishing the last one finishes it.
 */
@Entity
@Table(name = "work_order")
class WorkOrder extends Aggregate {

	/** From a sequence handing out 50 at a time, so that the work orders of a release are inserted in one batch. */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_order_id")
	@SequenceGenerator(name = "work_order_id", sequenceName = "work_order_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private long orderId;

	@Column(nullable = false)
	private String orderNumber;

	@Column(nullable = false)
	private int lineNo;

	/**
	 * The work order this one is made for, by id rather than as an association: Hibernate cannot order the inserts of
	 * an entity that refers to its own kind, and the inserts of a release would then not batch.
	 */
	private Long parentId;

	/** The parent given at creation, perhaps not persisted yet: its id is taken as this one is persisted. */
	@Transient
	private WorkOrder parentRef;

	@Column(nullable = false)
	private int seq;

	@Column(nullable = false)
	private int level;

	@Column(nullable = false)
	private String number;

	@Column(nullable = false)
	private long itemId;

	@Column(nullable = false)
	private String itemCode;

	@Column(nullable = false)
	private String itemName;

	@Column(nullable = false)
	private String unit;

	@Column(nullable = false)
	private BigDecimal quantity;

	@Column(nullable = false)
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private WorkStatus status;

	/** Started work an approved change request touched: kept as it is until a person decides (docs/orders.md). */
	@Column(nullable = false)
	private boolean needsDecision;

	private String decisionReason;

	private Long decisionChangeRequestId;

	private BigDecimal decisionQuantity;

	@OneToMany(mappedBy = "workOrder", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("stepNo")
	private List<Operation> operations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "work_order_material", joinColumns = @JoinColumn(name = "work_order_id"))
	@OrderColumn(name = "position")
	private List<MaterialRequirement> materials = new ArrayList<>();

	@Transient
	private final List<Object> events = new ArrayList<>();

	/** What the explosion found for one work order: the item, how many, by when, its operations and materials. */
	record Plan(int lineNo, int seq, Integer parentSeq, int level, long itemId, String itemCode, String itemName,
			String unit, BigDecimal quantity, LocalDate dueDate, List<Operation.Plan> operations,
			List<MaterialRequirement> materials) {
	}

	protected WorkOrder() {
	}

	@Override
	public Long getId() {
		return id;
	}

	WorkOrder(long orderId, String orderNumber, WorkOrder parent, Plan plan) {
		this.orderId = orderId;
		this.orderNumber = orderNumber;
		this.parentRef = parent;
		this.parentId = parent == null ? null : parent.getId();
		this.lineNo = plan.lineNo();
		this.seq = plan.seq();
		this.level = plan.level();
		this.number = "%s/WO-%02d".formatted(orderNumber, plan.seq());
		this.itemId = plan.itemId();
		this.itemCode = plan.itemCode();
		this.itemName = plan.itemName();
		this.unit = plan.unit();
		this.quantity = plan.quantity();
		this.dueDate = plan.dueDate();
		this.status = WorkStatus.READY;
		plan.operations().forEach(op -> operations.add(new Operation(this, op)));
		materials.addAll(plan.materials());
	}

	/** Registers the release; called once the work order has its id. */
	void released() {
		events.add(new WorkOrderReleased(getId(), number, orderId));
	}

	void startOperation(int stepNo) {
		startOperation(stepNo, WorkTransitions.START);
	}

	private void startOperation(int stepNo, WorkTransitions how) {
		Operation operation = operation(stepNo);
		touch(); // an operation's change is the work order's: two at once must not both pass
		// a paused, done or cancelled work order refuses work on its operations
		WorkStatus next = status == WorkStatus.IN_PROGRESS ? status : WorkTransitions.START.apply(number, status);
		operation.apply(how);
		if (next != status) {
			status = next;
			events.add(new WorkOrderStarted(getId(), number, orderId));
		}
		operationEvent(operation, OperationStarted::new);
	}

	void pauseOperation(int stepNo) {
		Operation operation = operation(stepNo);
		touch();
		operation.apply(WorkTransitions.PAUSE);
		operationEvent(operation, OperationPaused::new);
	}

	void resumeOperation(int stepNo) {
		Operation operation = operation(stepNo);
		touch();
		operation.apply(WorkTransitions.RESUME);
		operationEvent(operation, OperationResumed::new);
	}

	/** Finishes the operation, makes ready the operations that waited only for it, and finishes the work order last. */
	void finishOperation(int stepNo) {
		Operation operation = operation(stepNo);
		touch();
		operation.apply(WorkTransitions.FINISH);
		operationEvent(operation, OperationFinished::new);
		for (Operation next : operations) {
			if (next.getStatus() == WorkStatus.PENDING && next.getPredecessors().stream().allMatch(this::isDone)) {
				next.apply(WorkTransitions.MAKE_READY);
				operationEvent(next, OperationReady::new);
			}
		}
		if (operations.stream().allMatch(op -> closed(op.getStatus()))) {
			if (status == WorkStatus.PAUSED) {
				status = WorkTransitions.RESUME.apply(number, status);
			}
			status = WorkTransitions.FINISH.apply(number, status);
			events.add(new WorkOrderFinished(getId(), number, orderId));
		}
	}

	void cancelOperation(int stepNo) {
		Operation operation = operation(stepNo);
		touch();
		operation.apply(WorkTransitions.CANCEL);
		operationEvent(operation, OperationCancelled::new);
	}

	/**
	 * Applies one operator's report to an operation: their work session starts, pauses, resumes or finishes, and the
	 * operation follows (it runs while someone works on it, pauses when nobody does, finishes with the last open
	 * session), with the quantities added. A refused report is a conflict (the state does not allow it) or a rule
	 * violation ({@link ReportRules}); nothing changes then.
	 * @param busyOn the operation the operator runs elsewhere, or null
	 */
	void report(OperationReport report, ReportRules rules, String busyOn) {
		int stepNo = stepOf(report.operationId());
		Operation operation = operation(stepNo);
		String operator = report.operator();
		Optional<WorkSession> session = operation.session(operator).filter(WorkSession::open);
		touch();
		switch (report.kind()) {
			case START -> {
				if (session.isPresent()) {
					throw new ConflictException("operator", "orders.report.session.open", operator, operation.getNumber());
				}
				requireFree(operator, busyOn, rules);
				switch (operation.getStatus()) {
					case READY -> startOperation(stepNo);
					case PENDING -> startAhead(operation, report, rules);
					case PAUSED -> resumeOperation(stepNo);
					case IN_PROGRESS -> {
						// another operator joins
					}
					default -> WorkTransitions.START.apply(operation.getNumber(), operation.getStatus());
				}
				operation.putSession(operator, WorkSession.Status.RUNNING);
			}
			case PAUSE -> {
				requireSession(operation, report, session, WorkSession.Status.RUNNING);
				operation.putSession(operator, WorkSession.Status.PAUSED);
				idleUnlessSomeoneRuns(operation);
			}
			case RESUME -> {
				requireSession(operation, report, session, WorkSession.Status.PAUSED);
				requireFree(operator, busyOn, rules);
				if (operation.getStatus() == WorkStatus.PAUSED) {
					resumeOperation(stepNo);
				}
				operation.putSession(operator, WorkSession.Status.RUNNING);
			}
			case QUANTITY -> {
				requireSession(operation, report, session, null);
				addQuantities(operation, report, rules);
			}
			case FINISH -> {
				requireSession(operation, report, session, null);
				addQuantities(operation, report, rules);
				operation.putSession(operator, WorkSession.Status.DONE);
				if (operation.anySession(WorkSession.Status.RUNNING) || operation.anySession(WorkSession.Status.PAUSED)) {
					idleUnlessSomeoneRuns(operation);
				}
				else {
					if (operation.getStatus() == WorkStatus.PAUSED) {
						resumeOperation(stepNo);
					}
					finishOperation(stepNo);
				}
			}
		}
	}

	/** The quantity an operation received: the least good quantity of its predecessors, or the work order's. */
	BigDecimal received(Operation operation) {
		return operation.getPredecessors()
			.stream()
			.map(this::operation)
			.filter(predecessor -> predecessor.getStatus() != WorkStatus.CANCELLED)
			.map(Operation::getGood)
			.min(BigDecimal::compareTo)
			.orElse(quantity);
	}

	private void startAhead(Operation operation, OperationReport report, ReportRules rules) {
		BigDecimal needed = rules.transferBatch() == null ? quantity : rules.transferBatch().min(quantity);
		BigDecimal received = received(operation);
		boolean released = rules.transferBatch() != null && received.compareTo(needed) >= 0;
		if (!released && !report.overridden()) {
			throw new RuleViolationException("operationId", "orders.report.predecessors", operation.getNumber(),
					received.stripTrailingZeros().toPlainString(), needed.stripTrailingZeros().toPlainString());
		}
		startOperation(operation.getStepNo(), WorkTransitions.START_AHEAD);
	}

	private void addQuantities(Operation operation, OperationReport report, ReportRules rules) {
		BigDecimal received = received(operation);
		BigDecimal limit = received.multiply(BigDecimal.valueOf(100).add(rules.overReportTolerancePercent()))
			.divide(BigDecimal.valueOf(100));
		BigDecimal total = operation.getGood().add(operation.getScrap()).add(report.good()).add(report.scrap());
		if (total.compareTo(limit) > 0) {
			throw new RuleViolationException("good", "orders.report.over-reported", operation.getNumber(),
					total.stripTrailingZeros().toPlainString(), received.stripTrailingZeros().toPlainString(),
					rules.overReportTolerancePercent().stripTrailingZeros().toPlainString());
		}
		operation.addQuantities(report.good(), report.scrap(), report.rework());
	}

	/** The operation pauses when none of its operators is working on it any more. */
	private void idleUnlessSomeoneRuns(Operation operation) {
		if (!operation.anySession(WorkSession.Status.RUNNING) && operation.getStatus() == WorkStatus.IN_PROGRESS) {
			pauseOperation(operation.getStepNo());
		}
	}

	private static void requireFree(String operator, String busyOn, ReportRules rules) {
		if (busyOn != null && !rules.parallelOperations()) {
			throw new RuleViolationException("operator", "orders.report.operator-busy", operator, busyOn);
		}
	}

	/** The operation is being worked on, and the operator's session is open (and in the given status, if any). */
	private static void requireSession(Operation operation, OperationReport report, Optional<WorkSession> session,
			WorkSession.Status expected) {
		if (operation.getStatus() != WorkStatus.IN_PROGRESS && operation.getStatus() != WorkStatus.PAUSED) {
			throw new ConflictException("status", "orders.work.transition.illegal", operation.getNumber(),
					new DefaultMessageSourceResolvable(
							"orders.work.action." + report.kind().name().toLowerCase(Locale.ROOT)),
					new DefaultMessageSourceResolvable("orders.work.status." + operation.getStatus().name()));
		}
		if (session.isEmpty() || (expected != null && session.get().status() != expected)) {
			throw new ConflictException("operator", "orders.report.session." + report.kind().name().toLowerCase(Locale.ROOT),
					report.operator(), operation.getNumber());
		}
	}

	/** Stops the work order: no operation of it starts until it is resumed. */
	void pause() {
		status = WorkTransitions.PAUSE.apply(number, status);
		events.add(new WorkOrderPaused(getId(), number, orderId));
	}

	void resume() {
		status = WorkTransitions.RESUME.apply(number, status);
		events.add(new WorkOrderResumed(getId(), number, orderId));
	}

	/** Cancels the work order and every operation of it not yet done. */
	void cancel() {
		status = WorkTransitions.CANCEL.apply(number, status);
		for (Operation operation : operations) {
			if (WorkTransitions.CANCEL.allows(operation.getStatus())) {
				operation.apply(WorkTransitions.CANCEL);
				operationEvent(operation, OperationCancelled::new);
			}
		}
		events.add(new WorkOrderCancelled(getId(), number, orderId));
	}

	/**
	 * Hands {@code part} (the split-off work order, already saved) its share: this work order keeps the rest of the
	 * quantity, run minutes and materials (docs/orders.md, "Split and merge").
	 */
	void splitOff(WorkOrder part, Map<Integer, List<OperationMachine>> restMachines, List<MaterialRequirement> rest) {
		quantity = quantity.subtract(part.getQuantity());
		operations.forEach(op -> op.resize(restMachines.get(op.getStepNo())));
		materials.clear();
		materials.addAll(rest);
		touch();
		events.add(new WorkOrderSplit(getId(), number, part.getId(), part.getNumber(), orderId, part.getQuantity()));
	}

	/** Hands the whole work order to a batch that makes it with others; none of its operations may have started. */
	void mergeInto() {
		status = WorkTransitions.MERGE.apply(number, status);
		operations.forEach(op -> op.apply(WorkTransitions.MERGE));
	}

	/** Whether work on it has begun: its own status, or any operation in progress, paused or done. */
	boolean isStarted() {
		return status == WorkStatus.IN_PROGRESS || status == WorkStatus.PAUSED || status == WorkStatus.DONE
				|| operations.stream()
					.anyMatch(op -> op.getStatus() == WorkStatus.IN_PROGRESS || op.getStatus() == WorkStatus.PAUSED
							|| op.getStatus() == WorkStatus.DONE);
	}

	/**
	 * Takes a new explosion of a work order nobody has started: quantity, due date, operations (matched by step, so
	 * their numbers stay) and materials. The number stays.
	 */
	void replan(Plan plan) {
		itemName = plan.itemName();
		unit = plan.unit();
		quantity = plan.quantity();
		dueDate = plan.dueDate();
		java.util.Map<Integer, Operation.Plan> byStep = new java.util.HashMap<>();
		plan.operations().forEach(op -> byStep.put(op.stepNo(), op));
		operations.removeIf(op -> !byStep.containsKey(op.getStepNo()));
		for (Operation operation : operations) {
			operation.replan(byStep.remove(operation.getStepNo()));
		}
		byStep.values().forEach(op -> operations.add(new Operation(this, op)));
		operations.sort(java.util.Comparator.comparingInt(Operation::getStepNo));
		materials.clear();
		materials.addAll(plan.materials());
		touch();
	}

	/** Keeps started work as it is and flags it for a decision: why, which change request, and what it asked for. */
	void flagForDecision(String reason, long changeRequestId, BigDecimal wantedQuantity) {
		needsDecision = true;
		decisionReason = reason;
		decisionChangeRequestId = changeRequestId;
		decisionQuantity = wantedQuantity;
	}

	/** A due date that moved; work already under way keeps going. */
	void moveDueDate(LocalDate due) {
		dueDate = due;
	}

	boolean isNeedsDecision() {
		return needsDecision;
	}

	String getDecisionReason() {
		return decisionReason;
	}

	Long getDecisionChangeRequestId() {
		return decisionChangeRequestId;
	}

	BigDecimal getDecisionQuantity() {
		return decisionQuantity;
	}

	private static boolean closed(WorkStatus status) {
		return status == WorkStatus.DONE || status == WorkStatus.CANCELLED;
	}

	private boolean isDone(int stepNo) {
		return operation(stepNo).getStatus() == WorkStatus.DONE;
	}

	private void operationEvent(Operation operation, OperationEventFactory factory) {
		events.add(factory.create(getId() == null ? 0 : getId(), operation.getId() == null ? 0 : operation.getId(),
				operation.getNumber()));
	}

	@FunctionalInterface
	private interface OperationEventFactory {
		Object create(long workOrderId, long operationId, String number);
	}

	/** The step number of one of this work order's operations. */
	int stepOf(long operationId) {
		return operations.stream()
			.filter(op -> op.getId() != null && op.getId() == operationId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Operation", operationId))
			.getStepNo();
	}

	private Operation operation(int stepNo) {
		return operations.stream()
			.filter(op -> op.getStepNo() == stepNo)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Operation", number + "/OP-" + stepNo));
	}

	List<Object> takeEvents() {
		List<Object> taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	long getOrderId() {
		return orderId;
	}

	String getOrderNumber() {
		return orderNumber;
	}

	Long getParentId() {
		return parentId;
	}

	/** The parent is persisted before its children (parents first), so it has its id by now. */
	@PrePersist
	void takeParentId() {
		if (parentId == null && parentRef != null) {
			parentId = parentRef.getId();
		}
	}

	int getLineNo() {
		return lineNo;
	}

	int getSeq() {
		return seq;
	}

	int getLevel() {
		return level;
	}

	String getNumber() {
		return number;
	}

	long getItemId() {
		return itemId;
	}

	String getItemCode() {
		return itemCode;
	}

	String getItemName() {
		return itemName;
	}

	String getUnit() {
		return unit;
	}

	BigDecimal getQuantity() {
		return quantity;
	}

	LocalDate getDueDate() {
		return dueDate;
	}

	WorkStatus getStatus() {
		return status;
	}

	List<Operation> getOperations() {
		return List.copyOf(operations);
	}

	List<MaterialRequirement> getMaterials() {
		return List.copyOf(materials);
	}

	@Override
	public String auditLabel() {
		return number;
	}
}
