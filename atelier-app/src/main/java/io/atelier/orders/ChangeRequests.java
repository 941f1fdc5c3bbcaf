package io.atelier.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.atelier.audit.AuditReason;
import io.atelier.identity.CurrentUser;
import io.atelier.identity.Identity;
import io.atelier.orders.Orders.LineCommand;
import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.web.PageQuery;
import io.atelier.shared.web.PageResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Change control of released orders (docs/orders.md, "Change requests"): a change to an order released to production
 * is requested with a reason and an impact preview, decided by an approver ({@link ChangeApprovers}), and applied on
 * approval in one transaction together with the adjustment of the work orders ({@link WorkOrderAdjustment}).
 * <p>
 * Several requests of one order may be pending. Requests and decisions of one order are serialised by a row lock on
 * the order, taken first; then the versions sent are checked (the request's and the order's), and a request is refused
 * (409) once another request of the same order was approved after it was made: it was proposed against an order that
 * no longer exists. Two approvers at once: one wins, the other gets 409, and nothing is half applied.
 */
@Service
public class ChangeRequests {

	private final OrderRepository orders;

	private final ChangeRequestRepository requests;

	private final OrderLineCheck lineCheck;

	private final WorkOrderAdjustment adjustment;

	private final Orders orderService;

	private final ChangeApprovers approvers;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final JsonMapper json = JsonMapper.builder().build();

	ChangeRequests(OrderRepository orders, ChangeRequestRepository requests, OrderLineCheck lineCheck,
			WorkOrderAdjustment adjustment, Orders orderService, ChangeApprovers approvers,
			ApplicationEventPublisher events, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.orders = orders;
		this.requests = requests;
		this.lineCheck = lineCheck;
		this.adjustment = adjustment;
		this.orderService = orderService;
		this.approvers = approvers;
		this.events = events;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * A change asked for, against the order's {@code version}. Which fields count depends on {@code kind} (see
	 * {@link ChangeKind}); {@code reason} is required.
	 */
	public record ChangeCommand(Long version, ChangeKind kind, Integer lineNo, BigDecimal quantity,
			Map<String, String> parameters, Integer templateVersion, LineCommand line, LocalDate requestedDate,
			LocalDate promisedDate, LocalDate lineDueDate, Priority priority, @Size(max = 2000) String reason) {
	}

	/** A decision: the request's {@code version}, the order's {@code orderVersion} as the approver saw it, a note. */
	public record DecisionCommand(Long version, Long orderVersion, @Size(max = 2000) String note) {
	}

	/** The change as it will be applied: a configured line's values normalised by the configurator. */
	public record ChangeProposal(ChangeKind kind, Integer lineNo, BigDecimal quantity, ProposedLine line,
			LocalDate requestedDate, LocalDate promisedDate, LocalDate lineDueDate, Priority priority) {
	}

	public record ProposedLine(int lineNo, String templateCode, Integer templateVersion, Map<String, String> parameters,
			String itemCode, BigDecimal quantity, LocalDate dueDate) {

		OrderLine.Content content() {
			return new OrderLine.Content(lineNo, templateCode, templateVersion, parameters, itemCode, quantity, dueDate);
		}

		static ProposedLine of(OrderLine.Content c) {
			return new ProposedLine(c.lineNo(), c.templateCode(), c.templateVersion(), c.parameters(), c.itemCode(),
					c.quantity(), c.dueDate());
		}
	}

	/**
	 * A change request with its impact (computed when requested) and, once approved, what was actually done
	 * ({@code appliedImpact}); {@code actions} are what the caller may do with it now (approve, reject, withdraw).
	 */
	public record ChangeRequestView(long id, long version, long orderId, String orderNumber, long orderVersion,
			ChangeKind kind, ChangeProposal proposal, String reason, ChangeRequestStatus status, String requestedBy,
			Instant requestedAt, ChangeImpact impact, ChangeImpact appliedImpact, String decidedBy, Instant decidedAt,
			String decisionNote, List<String> actions) {
	}

	/** Asks for a change of a released order; answers the pending request with its impact preview. */
	@Transactional
	public ChangeRequestView request(long orderId, ChangeCommand command) {
		if (command.version() == null) {
			throw new RuleViolationException("version", "validation.required");
		}
		if (command.kind() == null) {
			throw new RuleViolationException("kind", "validation.required");
		}
		String reason = trimmed(command.reason());
		if (reason == null) {
			throw new RuleViolationException("reason", "validation.required");
		}
		lockOrder(orderId);
		CustomerOrder order = visibleOrder(orderId);
		order.checkVersion(command.version());
		OrderTransitions.CHANGE.check(order);
		ChangeProposal proposal = proposal(order, command);
		ChangeImpact impact = adjustment.compute(order, target(order, proposal)).impact();
		ChangeRequest request = requests.saveAndFlush(new ChangeRequest(order.getId(), order.getOrderNumber(),
				order.getVersion(), command.kind(), json.writeValueAsString(proposal), reason, user().username(),
				json.writeValueAsString(impact)));
		events.publishEvent(new ChangeRequested(request.getId(), order.getId(), order.getOrderNumber(),
				request.getKind(), request.getRequestedBy()));
		return view(request);
	}

	/** The order's change requests, newest first (404 when the caller may not see the order). */
	@Transactional(readOnly = true)
	public List<ChangeRequestView> ofOrder(long orderId) {
		visibleOrder(orderId);
		return requests.findByOrderIdOrderByRequestedAtDescIdDesc(orderId).stream().map(this::view).toList();
	}

	/** Change requests by status (default pending: the approvers' inbox), oldest first, paged. */
	@Transactional(readOnly = true)
	public PageResponse<ChangeRequestView> list(ChangeRequestStatus status, PageQuery page) {
		Page<ChangeRequest> found = requests.findByStatus(status == null ? ChangeRequestStatus.PENDING : status,
				page.toPageable(java.util.Set.of("requestedAt", "orderNumber"), Sort.by("requestedAt", "id")));
		return new PageResponse<>(found.getContent().stream().map(this::view).toList(), found.getNumber(),
				found.getSize(), found.getTotalElements());
	}

	@Transactional(readOnly = true)
	public ChangeRequestView get(long id) {
		return view(requests.findById(id).orElseThrow(() -> new NotFoundException("ChangeRequest", id)));
	}

	/**
	 * Approves and applies the change in one transaction: the order, its work orders, the request. The changes are
	 * recorded in the audit trail with the request's number and reason.
	 */
	public ChangeRequestView approve(long id, DecisionCommand command) {
		approvers.requireApproverRole();
		requireVersions(command, true);
		String auditReason = jdbc.sql("select reason from order_change_request where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(reason -> "变更申请 Change request #" + id + ": " + reason)
			.orElseThrow(() -> new NotFoundException("ChangeRequest", id));
		return AuditReason.with(auditReason, () -> transaction.execute(status -> doApprove(id, command)));
	}

	private ChangeRequestView doApprove(long id, DecisionCommand command) {
		ChangeRequest request = lockedRequest(id, command);
		CurrentUser user = user();
		if (!approvers.mayDecide(user, request.getRequestedBy())) {
			throw new AccessDeniedException("four-eyes: another approver decides this request");
		}
		CustomerOrder order = orders.findById(request.getOrderId())
			.orElseThrow(() -> new NotFoundException("CustomerOrder", request.getOrderId()));
		order.checkVersion(command.orderVersion());
		List<ChangeRequest> since = requests.approvedSince(order.getId(), request.getRequestedAt(), request.getId());
		if (!since.isEmpty()) {
			throw new ConflictException("version", "orders.change.superseded", request.getId(), order.getOrderNumber(),
					since.get(0).getId());
		}
		OrderTransitions.CHANGE.check(order);
		ChangeProposal proposal = json.readValue(request.getProposal(), ChangeProposal.class);
		WorkOrderAdjustment.Target target = target(order, proposal);
		WorkOrderAdjustment.Adjustment adjusted = adjustment.compute(order, target);
		if (target.cancel()) {
			order.cancelByChangeRequest(request.getReason());
		}
		else {
			order.applyChange(target.requestedDate(), target.promisedDate(), target.priority(), target.lines());
		}
		orderService.save(order);
		adjustment.apply(adjusted, request.getId());
		ChangeImpact impact = adjusted.impact();
		request.approve(user.username(), trimmed(command.note()), json.writeValueAsString(impact));
		ChangeRequest saved = requests.saveAndFlush(request);
		events.publishEvent(new ChangeRequestApproved(saved.getId(), order.getId(), order.getOrderNumber(),
				saved.getKind(), user.username(), true, numbers(impact.reexploded()), numbers(impact.added()),
				numbers(impact.removed()), numbers(impact.flagged())));
		return view(saved);
	}

	/** Rejects the request with a note (required): the order does not change. */
	public ChangeRequestView reject(long id, DecisionCommand command) {
		approvers.requireApproverRole();
		requireVersions(command, false);
		String note = trimmed(command.note());
		if (note == null) {
			throw new RuleViolationException("note", "validation.required");
		}
		return transaction.execute(status -> {
			ChangeRequest request = lockedRequest(id, command);
			CurrentUser user = user();
			if (!approvers.mayDecide(user, request.getRequestedBy())) {
				throw new AccessDeniedException("four-eyes: another approver decides this request");
			}
			request.reject(user.username(), note);
			ChangeRequest saved = requests.saveAndFlush(request);
			events.publishEvent(new ChangeRequestRejected(saved.getId(), saved.getOrderId(), saved.getOrderNumber(),
					user.username(), note));
			return view(saved);
		});
	}

	/** The requester (or an administrator) takes back a pending request. */
	public ChangeRequestView withdraw(long id, DecisionCommand command) {
		requireVersions(command, false);
		return transaction.execute(status -> {
			ChangeRequest request = lockedRequest(id, command);
			CurrentUser user = user();
			if (!approvers.mayWithdraw(user, request.getRequestedBy())) {
				throw new AccessDeniedException("only the requester withdraws a change request");
			}
			request.withdraw(user.username());
			ChangeRequest saved = requests.saveAndFlush(request);
			events.publishEvent(new ChangeRequestWithdrawn(saved.getId(), saved.getOrderId(), saved.getOrderNumber(),
					user.username()));
			return view(saved);
		});
	}

	/**
	 * Locks the request's order (every request and decision of one order waits for the one before it), then reads the
	 * request as it is now and checks the version sent and that it is still pending.
	 */
	private ChangeRequest lockedRequest(long id, DecisionCommand command) {
		long orderId = jdbc.sql("select order_id from order_change_request where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("ChangeRequest", id));
		lockOrder(orderId);
		ChangeRequest request = requests.findById(id).orElseThrow(() -> new NotFoundException("ChangeRequest", id));
		request.checkPending(); // the loser of two decisions at once learns who decided, not just "stale"
		request.checkVersion(command.version());
		return request;
	}

	private void lockOrder(long orderId) {
		jdbc.sql("select id from customer_order where id = :id for update").param("id", orderId).query(Long.class).optional();
	}

	private CustomerOrder visibleOrder(long orderId) {
		orderService.assertVisible(orderId);
		return orders.findById(orderId).orElseThrow(() -> new NotFoundException("CustomerOrder", orderId));
	}

	/** Checks what was asked and turns it into the change to apply (422 naming the field). */
	private ChangeProposal proposal(CustomerOrder order, ChangeCommand command) {
		List<OrderLine.Content> lines = order.getLines();
		return switch (command.kind()) {
			case CHANGE_QUANTITY -> {
				OrderLine.Content line = line(lines, command.lineNo());
				if (command.quantity() == null) {
					throw new RuleViolationException("quantity", "validation.required");
				}
				if (command.quantity().signum() <= 0) {
					throw new RuleViolationException("quantity", "orders.lines.quantity-positive");
				}
				if (command.quantity().compareTo(line.quantity()) == 0) {
					throw new RuleViolationException("quantity", "orders.change.nothing");
				}
				yield new ChangeProposal(command.kind(), line.lineNo(), command.quantity(), null, null, null, null, null);
			}
			case CHANGE_PARAMETERS -> {
				OrderLine.Content line = line(lines, command.lineNo());
				if (line.templateCode() == null) {
					throw new RuleViolationException("lineNo", "orders.change.not-configured", line.lineNo());
				}
				if (command.parameters() == null) {
					throw new RuleViolationException("parameters", "validation.required");
				}
				Integer version = command.templateVersion() != null ? command.templateVersion() : line.templateVersion();
				OrderLine.Content checked = lineCheck.checkOne(
						new LineCommand(line.lineNo(), line.templateCode(), version, command.parameters(), null,
								line.quantity(), line.dueDate()),
						line.lineNo(), "lines[" + lines.indexOf(line) + "]");
				if (checked.parameters().equals(line.parameters()) && checked.templateVersion().equals(line.templateVersion())) {
					throw new RuleViolationException("parameters", "orders.change.nothing");
				}
				yield new ChangeProposal(command.kind(), line.lineNo(), null, ProposedLine.of(checked), null, null, null,
						null);
			}
			case ADD_LINE -> {
				LineCommand line = command.line();
				if (line == null) {
					throw new RuleViolationException("line", "validation.required");
				}
				int lineNo = line.lineNo() != null ? line.lineNo()
						: lines.stream().mapToInt(OrderLine.Content::lineNo).max().orElse(0) + 1;
				String field = "lines[" + lines.size() + "]";
				if (lines.stream().anyMatch(l -> l.lineNo() == lineNo)) {
					throw new RuleViolationException(field + ".lineNo", "orders.lines.duplicate-line-no", lineNo);
				}
				if (line.quantity() == null) {
					throw new RuleViolationException(field + ".quantity", "validation.required");
				}
				if (line.quantity().signum() <= 0) {
					throw new RuleViolationException(field + ".quantity", "orders.lines.quantity-positive");
				}
				OrderLine.Content checked = lineCheck.checkOne(line, lineNo, field);
				yield new ChangeProposal(command.kind(), lineNo, null, ProposedLine.of(checked), null, null, null, null);
			}
			case REMOVE_LINE -> {
				OrderLine.Content line = line(lines, command.lineNo());
				if (lines.size() == 1) {
					throw new RuleViolationException("lineNo", "orders.change.last-line");
				}
				yield new ChangeProposal(command.kind(), line.lineNo(), null, null, null, null, null, null);
			}
			case CHANGE_DATES -> {
				if (command.requestedDate() == null && command.promisedDate() == null && command.lineDueDate() == null) {
					throw new RuleViolationException("requestedDate", "orders.change.nothing");
				}
				Integer lineNo = null;
				if (command.lineDueDate() != null) {
					lineNo = line(lines, command.lineNo()).lineNo();
				}
				yield new ChangeProposal(command.kind(), lineNo, null, null, command.requestedDate(),
						command.promisedDate(), command.lineDueDate(), null);
			}
			case CHANGE_PRIORITY -> {
				if (command.priority() == null) {
					throw new RuleViolationException("priority", "validation.required");
				}
				if (command.priority() == order.getPriority()) {
					throw new RuleViolationException("priority", "orders.change.nothing");
				}
				yield new ChangeProposal(command.kind(), null, null, null, null, null, null, command.priority());
			}
			case CANCEL -> new ChangeProposal(command.kind(), null, null, null, null, null, null, null);
		};
	}

	private static OrderLine.Content line(List<OrderLine.Content> lines, Integer lineNo) {
		if (lineNo == null) {
			throw new RuleViolationException("lineNo", "validation.required");
		}
		return lines.stream()
			.filter(l -> l.lineNo() == lineNo)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("lineNo", "orders.change.unknown-line", lineNo));
	}

	/** The order as the proposal would leave it. */
	private static WorkOrderAdjustment.Target target(CustomerOrder order, ChangeProposal proposal) {
		List<OrderLine.Content> lines = new ArrayList<>(order.getLines());
		LocalDate requested = order.getRequestedDate();
		LocalDate promised = order.getPromisedDate();
		Priority priority = order.getPriority();
		switch (proposal.kind()) {
			case CHANGE_QUANTITY -> replace(lines, proposal.lineNo(), l -> new OrderLine.Content(l.lineNo(),
					l.templateCode(), l.templateVersion(), l.parameters(), l.itemCode(), proposal.quantity(), l.dueDate()));
			case CHANGE_PARAMETERS -> replace(lines, proposal.lineNo(), l -> {
				ProposedLine p = proposal.line();
				return new OrderLine.Content(l.lineNo(), p.templateCode(), p.templateVersion(), p.parameters(),
						p.itemCode(), l.quantity(), l.dueDate());
			});
			case ADD_LINE -> {
				if (lines.stream().anyMatch(l -> l.lineNo() == proposal.lineNo())) {
					throw new ConflictException("lineNo", "orders.change.line-taken", proposal.lineNo());
				}
				lines.add(proposal.line().content());
			}
			case REMOVE_LINE -> {
				line(lines, proposal.lineNo());
				lines.removeIf(l -> l.lineNo() == proposal.lineNo());
			}
			case CHANGE_DATES -> {
				requested = proposal.requestedDate() != null ? proposal.requestedDate() : requested;
				promised = proposal.promisedDate() != null ? proposal.promisedDate() : promised;
				if (proposal.lineDueDate() != null) {
					replace(lines, proposal.lineNo(), l -> new OrderLine.Content(l.lineNo(), l.templateCode(),
							l.templateVersion(), l.parameters(), l.itemCode(), l.quantity(), proposal.lineDueDate()));
				}
			}
			case CHANGE_PRIORITY -> priority = proposal.priority();
			case CANCEL -> {
				return new WorkOrderAdjustment.Target(requested, promised, priority, lines, true);
			}
		}
		lines.sort(java.util.Comparator.comparingInt(OrderLine.Content::lineNo));
		return new WorkOrderAdjustment.Target(requested, promised, priority, List.copyOf(lines), false);
	}

	private static void replace(List<OrderLine.Content> lines, Integer lineNo,
			java.util.function.UnaryOperator<OrderLine.Content> change) {
		OrderLine.Content line = line(lines, lineNo);
		lines.set(lines.indexOf(line), change.apply(line));
	}

	private static void requireVersions(DecisionCommand command, boolean orderVersion) {
		if (command == null || command.version() == null) {
			throw new RuleViolationException("version", "validation.required");
		}
		if (orderVersion && command.orderVersion() == null) {
			throw new RuleViolationException("orderVersion", "validation.required");
		}
	}

	private ChangeRequestView view(ChangeRequest r) {
		List<String> actions = new ArrayList<>();
		Identity.current().ifPresent(user -> {
			if (r.getStatus() == ChangeRequestStatus.PENDING) {
				if (approvers.mayDecide(user, r.getRequestedBy())) {
					actions.add("approve");
					actions.add("reject");
				}
				if (approvers.mayWithdraw(user, r.getRequestedBy())) {
					actions.add("withdraw");
				}
			}
		});
		return new ChangeRequestView(r.getId(), r.getVersion(), r.getOrderId(), r.getOrderNumber(), r.getOrderVersion(),
				r.getKind(), json.readValue(r.getProposal(), ChangeProposal.class), r.getReason(), r.getStatus(),
				r.getRequestedBy(), r.getRequestedAt(), json.readValue(r.getImpact(), ChangeImpact.class),
				r.getAppliedImpact() == null ? null : json.readValue(r.getAppliedImpact(), ChangeImpact.class),
				r.getDecidedBy(), r.getDecidedAt(), r.getDecisionNote(), List.copyOf(actions));
	}

	private static List<String> numbers(List<ChangeImpact.Entry> entries) {
		return entries.stream().map(ChangeImpact.Entry::number).toList();
	}

	private static CurrentUser user() {
		return Identity.current().orElseThrow(() -> new AccessDeniedException("signed-in user required"));
	}

	private static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
