package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.factory.WorkCenters;
import io.atelier.orders.OperationProgress;
import io.atelier.orders.OperationQueue;
import io.atelier.orders.OperationQueue.QueuedOperation;
import io.atelier.orders.OperationReports;
import io.atelier.orders.WorkOrders;
import io.atelier.orders.WorkOrders.WorkOrderOperationView;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.workforce.Workers.LinkedWorker;

/**
 * What the phone screens show (docs/shopfloor.md, "Phone screens"): the signed-in worker's tasks, and one operation
 * with everything the operator needs to work on it. Other modules' data comes through their public APIs; the reports
 * so far are the shop floor's own.
 */
@Service
public class PhoneTasks {

	private final PhoneOperators operators;

	private final OperationQueue queue;

	private final OperationReports progress;

	private final WorkOrders workOrders;

	private final WorkCenters workCenters;

	private final TravellerSource travellers;

	private final JdbcClient jdbc;

	PhoneTasks(PhoneOperators operators, OperationQueue queue, OperationReports progress, WorkOrders workOrders,
			WorkCenters workCenters, TravellerSource travellers, JdbcClient jdbc) {
		this.operators = operators;
		this.queue = queue;
		this.progress = progress;
		this.workOrders = workOrders;
		this.workCenters = workCenters;
		this.travellers = travellers;
		this.jdbc = jdbc;
	}

	/** The worker linked to the signed-in account, as the phone greets them. */
	public record WorkerSummary(long id, String code, String name) {
	}

	/**
	 * The signed-in user's tasks. {@code worker} is null when the account is linked to no worker: a supervisor or an
	 * administrator then sees every open operation ({@code scope = ALL}), an operator none ({@code scope = UNLINKED}).
	 * {@code order} says how the list is sorted: {@code DUE_DATE} until a schedule is published.
	 */
	public record MyTasks(WorkerSummary worker, String scope, String order, List<QueuedOperation> items) {
	}

	@Transactional(readOnly = true)
	public MyTasks myTasks(String username, boolean supervisor) {
		Optional<LinkedWorker> worker = operators.workerOf(username);
		String operator = operators.operatorOf(username);
		if (worker.isPresent()) {
			LinkedWorker w = worker.get();
			List<Long> centres = workCenters.inWorkshop(w.workshopId()).stream().map(WorkCenters.WorkCenterRef::id).toList();
			return new MyTasks(new WorkerSummary(w.id(), w.code(), w.name()), "SKILLS", "DUE_DATE",
					queue.forOperator(operator, w.skillIds(), centres));
		}
		if (supervisor) {
			return new MyTasks(null, "ALL", "DUE_DATE", queue.all(operator));
		}
		return new MyTasks(null, "UNLINKED", "DUE_DATE", queue.forOperator(operator, List.of(), List.of()));
	}

	/** One operation as the phone's operation screen shows it. */
	public record OperationScreen(QueuedOperation operation, String workCenter, String machines,
			List<Traveller.ParameterValue> parameters, List<Predecessor> predecessors, List<Session> sessions,
			List<ReportLine> reports) {
	}

	public record Predecessor(long id, String number, String name, String status) {
	}

	/** A work session: {@code mine} when it is the signed-in user's. */
	public record Session(String operator, String name, String status, boolean mine) {
	}

	/** A report received for the operation, oldest first, with what became of it. */
	public record ReportLine(String eventId, String kind, BigDecimal good, BigDecimal scrap, String scrapReason,
			BigDecimal rework, String pauseReason, Instant occurredAt, String operator, String status) {
	}

	@Transactional(readOnly = true)
	public OperationScreen operation(long operationId, String username, Locale locale) {
		String operator = operators.operatorOf(username);
		QueuedOperation op = queue.find(operationId, operator)
			.orElseThrow(() -> new NotFoundException("Operation", operationId));
		Traveller card = travellers.ofWorkOrder(op.workOrderId(), locale);
		Traveller.Step step = card.steps().stream().filter(s -> s.operationId() == operationId).findFirst().orElse(null);
		List<WorkOrderOperationView> siblings = workOrders.get(op.workOrderId()).workOrder().operations();
		Map<String, WorkOrderOperationView> byNumber = siblings.stream()
			.collect(Collectors.toMap(WorkOrderOperationView::number, Function.identity()));
		List<Predecessor> predecessors = siblings.stream()
			.filter(s -> s.id() == operationId)
			.flatMap(s -> s.predecessors().stream())
			.map(byNumber::get)
			.filter(p -> p != null)
			.map(p -> new Predecessor(p.id(), p.number(), p.name(), p.status().name()))
			.toList();
		PhoneOperators.Names names = operators.names();
		OperationProgress now = progress.progress(operationId);
		List<Session> sessions = now.sessions()
			.stream()
			.map(s -> new Session(s.operator(), names.of(s.operator()), s.status(), s.operator().equals(operator)))
			.toList();
		return new OperationScreen(op, step == null ? "" : step.workCenter(), step == null ? "" : step.machines(),
				card.parameters(), predecessors, sessions, reports(operationId, names));
	}

	private List<ReportLine> reports(long operationId, PhoneOperators.Names names) {
		return jdbc.sql("""
				select event_id, kind, good, scrap, scrap_reason, rework, pause_reason, occurred_at, operator, status
				from shopfloor_report
				where operation_id = :operationId and status <> 'RECEIVED'
				order by received_at, device_seq
				limit 500
				""")
			.param("operationId", operationId)
			.query((rs, n) -> new ReportLine(rs.getString("event_id"), rs.getString("kind"), rs.getBigDecimal("good"),
					rs.getBigDecimal("scrap"), rs.getString("scrap_reason"), rs.getBigDecimal("rework"),
					rs.getString("pause_reason"), rs.getTimestamp("occurred_at").toInstant(),
					names.of(rs.getString("operator")), rs.getString("status")))
			.list();
	}

	/** The operator key reports of this user carry (a linked worker's, or the user name's). */
	public String operatorOf(String username) {
		return operators.operatorOf(username);
	}
}
