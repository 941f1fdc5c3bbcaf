package io.atelier.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.atelier.shared.domain.Aggregate;
import io.atelier.shared.domain.AuditedPart;

/**
 * An operation (工序) of a work order: one routing step of the item, numbered {@code <work order>/OP-<step>}, with the
 * machines that can do it and the run minutes of the work order's quantity. Its status changes only through its
 * {@link WorkOrder}, which knows the predecessors.
 */
@Entity
@Table(name = "work_order_operation")
class Operation implements AuditedPart {

	/** From a sequence handing out 50 at a time, so that a release inserts its operations in batches (V17). */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operation_id")
	@SequenceGenerator(name = "operation_id", sequenceName = "work_order_operation_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "work_order_id", nullable = false)
	private WorkOrder workOrder;

	@Column(nullable = false)
	private int stepNo;

	@Column(nullable = false)
	private String number;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private long workCenterId;

	private Long skillId;

	@Column(nullable = false)
	private int workers;

	@Column(nullable = false)
	private int minLagMinutes;

	@ElementCollection
	@CollectionTable(name = "work_order_operation_machine", joinColumns = @JoinColumn(name = "operation_id"))
	@OrderColumn(name = "position")
	private List<OperationMachine> machines = new ArrayList<>();

	/** The step numbers of the operations of the same work order this one waits for. */
	@ElementCollection
	@CollectionTable(name = "work_order_operation_predecessor", joinColumns = @JoinColumn(name = "operation_id"))
	@Column(name = "step_no", nullable = false)
	private List<Integer> predecessors = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private WorkStatus status;

	/** The quantities the shop floor reported (docs/shopfloor.md). */
	@Column(name = "good_quantity", nullable = false)
	private BigDecimal good = BigDecimal.ZERO;

	@Column(name = "scrap_quantity", nullable = false)
	private BigDecimal scrap = BigDecimal.ZERO;

	@Column(name = "rework_quantity", nullable = false)
	private BigDecimal rework = BigDecimal.ZERO;

	/** One per operator who worked on the operation. */
	@ElementCollection
	@CollectionTable(name = "work_order_operation_session", joinColumns = @JoinColumn(name = "operation_id"))
	private List<WorkSession> sessions = new ArrayList<>();

	/** What the explosion found for one operation. */
	record Plan(int stepNo, String name, long workCenterId, Long skillId, int workers, int minLagMinutes,
			List<Integer> predecessors, List<OperationMachine> machines) {
	}

	protected Operation() {
	}

	Operation(WorkOrder workOrder, Plan plan) {
		this.workOrder = workOrder;
		this.stepNo = plan.stepNo();
		this.number = workOrder.getNumber() + "/OP-" + plan.stepNo();
		this.name = plan.name();
		this.workCenterId = plan.workCenterId();
		this.skillId = plan.skillId();
		this.workers = plan.workers();
		this.minLagMinutes = plan.minLagMinutes();
		this.predecessors.addAll(plan.predecessors());
		this.machines.addAll(plan.machines());
		this.status = plan.predecessors().isEmpty() ? WorkStatus.READY : WorkStatus.PENDING;
	}

	/** Takes a new explosion of the same step of a work order nobody has started. */
	void replan(Plan plan) {
		this.name = plan.name();
		this.workCenterId = plan.workCenterId();
		this.skillId = plan.skillId();
		this.workers = plan.workers();
		this.minLagMinutes = plan.minLagMinutes();
		if (!predecessors.equals(plan.predecessors())) {
			predecessors.clear();
			predecessors.addAll(plan.predecessors());
		}
		machines.clear();
		machines.addAll(plan.machines());
		this.status = plan.predecessors().isEmpty() ? WorkStatus.READY : WorkStatus.PENDING;
	}

	void apply(WorkTransitions action) {
		status = action.apply(number, status);
		if (status == WorkStatus.DONE || status == WorkStatus.CANCELLED) {
			sessions.replaceAll(session -> session.with(WorkSession.Status.DONE)); // nobody works on it any more
		}
	}

	void addQuantities(BigDecimal good, BigDecimal scrap, BigDecimal rework) {
		this.good = this.good.add(good);
		this.scrap = this.scrap.add(scrap);
		this.rework = this.rework.add(rework);
	}

	Optional<WorkSession> session(String operator) {
		return sessions.stream().filter(session -> session.operator().equals(operator)).findFirst();
	}

	void putSession(String operator, WorkSession.Status sessionStatus) {
		sessions.removeIf(session -> session.operator().equals(operator));
		sessions.add(new WorkSession(operator, sessionStatus));
	}

	boolean anySession(WorkSession.Status sessionStatus) {
		return sessions.stream().anyMatch(session -> session.status() == sessionStatus);
	}

	BigDecimal getGood() {
		return good;
	}

	BigDecimal getScrap() {
		return scrap;
	}

	BigDecimal getRework() {
		return rework;
	}

	List<WorkSession> getSessions() {
		return List.copyOf(sessions);
	}

	/** This operation as a plan, for a work order split off or merged from this one. */
	Plan plan(List<OperationMachine> machines) {
		return new Plan(stepNo, name, workCenterId, skillId, workers, minLagMinutes, predecessors, machines);
	}

	/** The run minutes of the work order's new quantity. */
	void resize(List<OperationMachine> resized) {
		machines.clear();
		machines.addAll(resized);
	}

	Long getId() {
		return id;
	}

	int getStepNo() {
		return stepNo;
	}

	String getNumber() {
		return number;
	}

	String getName() {
		return name;
	}

	long getWorkCenterId() {
		return workCenterId;
	}

	Long getSkillId() {
		return skillId;
	}

	int getWorkers() {
		return workers;
	}

	int getMinLagMinutes() {
		return minLagMinutes;
	}

	List<OperationMachine> getMachines() {
		return List.copyOf(machines);
	}

	List<Integer> getPredecessors() {
		return List.copyOf(predecessors);
	}

	WorkStatus getStatus() {
		return status;
	}

	@Override
	public Aggregate auditOwner() {
		return workOrder;
	}

	@Override
	public String auditPartLabel() {
		return "operations[" + stepNo + "]";
	}
}
