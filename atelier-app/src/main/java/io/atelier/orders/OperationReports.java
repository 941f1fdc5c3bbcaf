package io.atelier.orders;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.shared.domain.NotFoundException;

/**
 * Applies the shop floor's reports to operations (the shopfloor module records them and calls this once per report):
 * operators' work sessions, good, scrapped and reworked quantities, under the rules of {@link ReportRules}. The work
 * order is locked while a report applies, so that reports from several devices on one work order apply one after the
 * other.
 */
@Service
public class OperationReports {

	private final WorkOrderRepository workOrders;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	OperationReports(WorkOrderRepository workOrders, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.workOrders = workOrders;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Applies one report; throws {@link io.atelier.shared.domain.ConflictException} when the operation's or the
	 * operator's state does not allow it, {@link io.atelier.shared.domain.RuleViolationException} when it breaks a
	 * rule, {@link NotFoundException} for an unknown operation. Joins the caller's transaction.
	 */
	@Transactional
	public OperationProgress apply(OperationReport report, ReportRules rules) {
		WorkOrder workOrder = workOrders.lockByOperationId(report.operationId())
			.orElseThrow(() -> new NotFoundException("Operation", report.operationId()));
		String busyOn = needsFreeOperator(report, rules) ? busyOn(report.operator(), report.operationId()) : null;
		workOrder.report(report, rules, busyOn);
		List<Object> happened = workOrder.takeEvents();
		WorkOrder saved = workOrders.saveAndFlush(workOrder);
		happened.forEach(events::publishEvent);
		OperationProgress progress = progress(saved, report.operationId());
		events.publishEvent(new OperationReported(saved.getId(), report.operationId(), progress.number(), report.kind()));
		return progress;
	}

	/** Where an operation stands, as a report answers it. */
	@Transactional(readOnly = true)
	public OperationProgress progress(long operationId) {
		WorkOrder workOrder = workOrders.findByOperationId(operationId)
			.orElseThrow(() -> new NotFoundException("Operation", operationId));
		return progress(workOrder, operationId);
	}

	private static boolean needsFreeOperator(OperationReport report, ReportRules rules) {
		return !rules.parallelOperations()
				&& (report.kind() == OperationReport.Kind.START || report.kind() == OperationReport.Kind.RESUME);
	}

	private String busyOn(String operator, long operationId) {
		return jdbc.sql("""
				select o.number
				from work_order_operation_session s
				join work_order_operation o on o.id = s.operation_id
				where s.operator = :operator and s.status = 'RUNNING' and s.operation_id <> :operationId
				limit 1
				""").param("operator", operator).param("operationId", operationId).query(String.class).optional().orElse(null);
	}

	private static OperationProgress progress(WorkOrder workOrder, long operationId) {
		Operation operation = workOrder.getOperations()
			.stream()
			.filter(op -> op.getId() == operationId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Operation", operationId));
		return new OperationProgress(operationId, operation.getNumber(), operation.getStatus(), workOrder.getId(),
				workOrder.getStatus(), workOrder.received(operation), operation.getGood(), operation.getScrap(),
				operation.getRework(), operation.getSessions()
					.stream()
					.map(session -> new OperationProgress.Session(session.operator(), session.status().name()))
					.toList());
	}
}
