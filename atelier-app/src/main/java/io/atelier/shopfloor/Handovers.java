package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.atelier.identity.Identity;
import io.atelier.identity.Identity.PasswordCheck;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.web.PageResponse;
import io.atelier.workforce.Workers;

/**
 * Handovers between workshops (车间交接, docs/shopfloor.md "Handovers"): the sending workshop scans a quantity out, the
 * receiving workshop counts it and confirms with the receiver's password; a count that differs opens a discrepancy
 * for the supervisors, who decide which quantity stands.
 */
@Service
public class Handovers {

	/** Seen from a workshop: what it is about to receive, or what it sent. */
	public enum Direction {
		INCOMING, OUTGOING
	}

	public record HandoverView(long id, long version, String status, String orderNumber, long workOrderId,
			String workOrderNumber, String itemCode, String itemName, String unit, long fromOperationId,
			String fromOperationNumber, String fromOperationName, long fromWorkshopId, String fromWorkshopName,
			long toOperationId, String toOperationNumber, String toOperationName, long toWorkshopId,
			String toWorkshopName, BigDecimal quantity, String sentBy, OffsetDateTime sentAt,
			BigDecimal countedQuantity, String receivedBy, OffsetDateTime receivedAt, BigDecimal acceptedQuantity,
			String cancelledBy, OffsetDateTime cancelledAt, Long discrepancyId, String discrepancyStatus) {
	}

	public record DiscrepancyView(long id, long version, String status, long handoverId, String orderNumber,
			String workOrderNumber, String itemCode, String itemName, String unit, String fromOperationNumber,
			long fromWorkshopId, String fromWorkshopName, String toOperationNumber, long toWorkshopId,
			String toWorkshopName, BigDecimal sentQuantity, BigDecimal countedQuantity, BigDecimal difference,
			String sentBy, OffsetDateTime sentAt, String receivedBy, OffsetDateTime receivedAt, String resolution,
			BigDecimal recountedQuantity, String reason, String resolvedBy, OffsetDateTime resolvedAt,
			OffsetDateTime createdAt) {
	}

	/** A scan-out: the sending operation (or a work order, meaning its last operation), the quantity, optionally the receiving operation. */
	public record HandOver(Long operationId, Long workOrderId, Long toOperationId, BigDecimal quantity) {
	}

	public record Receipt(BigDecimal countedQuantity, String password, Long version) {
	}

	public record Resolve(String resolution, BigDecimal recountedQuantity, String reason) {
	}

	private final HandoverRoutes routes;

	private final HandoverRepository handovers;

	private final HandoverDiscrepancyRepository discrepancies;

	private final HandoverQueries queries;

	private final Identity identity;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Workers workers;

	Handovers(HandoverRoutes routes, HandoverRepository handovers, HandoverDiscrepancyRepository discrepancies,
			HandoverQueries queries, Identity identity, ApplicationEventPublisher events, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, Workers workers) {
		this.workers = workers;
		this.routes = routes;
		this.handovers = handovers;
		this.discrepancies = discrepancies;
		this.queries = queries;
		this.identity = identity;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Scans a quantity out; 422 naming the field for an unknown operation, no next workshop, or too much. */
	public HandoverView handOver(HandOver command, String sender) {
		return inTransaction(() -> {
			HandoverRoutes.Found found = routes.find(command.operationId(), command.workOrderId(),
					command.toOperationId());
			long from = found.route().fromOperationId();
			// one scan-out of an operation at a time, so that two cannot both take the same quantity
			jdbc.sql("select pg_advisory_xact_lock(hashtextextended('shopfloor_handover:' || cast(:id as varchar), 0))")
				.param("id", from)
				.query()
				.listOfRows();
			BigDecimal available = found.good().subtract(handedOver(from));
			BigDecimal quantity = command.quantity();
			if (quantity == null || quantity.signum() <= 0) {
				throw new RuleViolationException("quantity", "shopfloor.handover.quantity.positive");
			}
			if (quantity.compareTo(available) > 0) {
				throw new RuleViolationException("quantity", "shopfloor.handover.quantity.available",
						plain(quantity), plain(available.max(BigDecimal.ZERO)), found.route().fromOperationNumber());
			}
			Handover handover = handovers.saveAndFlush(new Handover(found.route(), quantity, sender));
			events.publishEvent(new HandedOver(handover.getId(), handover.getWorkOrderId(), from,
					handover.getToOperationId(), handover.getFromWorkshopId(), handover.getToWorkshopId(), quantity,
					sender, handover.getSentAt()));
			return queries.handover(handover.getId());
		});
	}

	/**
	 * The receiver confirms with the counted quantity and their password. The password is checked first, outside the
	 * transaction, so that a wrong one counts towards the lock-out and writes nothing else; 409 when the handover is no
	 * longer in transit or changed since {@code version}.
	 */
	public HandoverView receive(long id, Receipt receipt, String receiver) {
		BigDecimal counted = receipt.countedQuantity();
		if (counted == null || counted.signum() < 0) {
			throw new RuleViolationException("countedQuantity", "shopfloor.handover.counted.invalid");
		}
		if (receipt.password() == null || receipt.password().isEmpty()) {
			throw new RuleViolationException("password", "shopfloor.handover.password.required");
		}
		if (!handovers.existsById(id)) {
			throw new NotFoundException("Handover", id);
		}
		PasswordCheck check = identity.confirmPassword(receiver, receipt.password());
		if (check != PasswordCheck.CONFIRMED) {
			throw new RuleViolationException("password", check == PasswordCheck.LOCKED
					? "shopfloor.handover.password.locked" : "shopfloor.handover.password.wrong");
		}
		return inTransaction(() -> {
			Handover handover = handovers.findById(id).orElseThrow(() -> new NotFoundException("Handover", id));
			if (receipt.version() != null) {
				handover.checkVersion(receipt.version());
			}
			if (receiver.equalsIgnoreCase(handover.getSentBy())) {
				throw new RuleViolationException("receivedBy", "shopfloor.handover.receiver.sender");
			}
			boolean differs = handover.receive(counted, receiver);
			Handover saved = handovers.saveAndFlush(handover);
			events.publishEvent(new HandoverReceived(saved.getId(), saved.getWorkOrderId(), saved.getToOperationId(),
					saved.getToWorkshopId(), saved.getQuantity(), counted, receiver, saved.getReceivedAt(), differs));
			if (differs) {
				HandoverDiscrepancy discrepancy = discrepancies
					.saveAndFlush(new HandoverDiscrepancy(saved.getId(), saved.getQuantity(), counted));
				events.publishEvent(new HandoverDiscrepancyOpened(discrepancy.getId(), saved.getId(),
						saved.getFromWorkshopId(), saved.getToWorkshopId(), discrepancy.getSentQuantity(),
						discrepancy.getCountedQuantity(), discrepancy.getDifference(), saved.getSentBy(), receiver));
			}
			return queries.handover(id);
		});
	}

	/** The sender (or a supervisor) withdraws a handover before it is received; 409 after. */
	public HandoverView cancel(long id, String by, boolean supervisor) {
		return inTransaction(() -> {
			Handover handover = handovers.findById(id).orElseThrow(() -> new NotFoundException("Handover", id));
			if (!supervisor && !by.equalsIgnoreCase(handover.getSentBy())) {
				throw new AccessDeniedException("only the sender or a supervisor may cancel a handover");
			}
			handover.cancel(by);
			handovers.saveAndFlush(handover);
			events.publishEvent(new HandoverCancelled(id, handover.getWorkOrderId(), handover.getFromOperationId(), by));
			return queries.handover(id);
		});
	}

	/** A supervisor decides which quantity stands; 422 without a reason or a recount, 409 when decided before. */
	public DiscrepancyView resolve(long id, Resolve command, String supervisor) {
		HandoverDiscrepancy.Resolution resolution;
		try {
			resolution = HandoverDiscrepancy.Resolution.valueOf(String.valueOf(command.resolution()));
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("resolution", "shopfloor.discrepancy.resolution.invalid");
		}
		if (command.reason() == null || command.reason().isBlank()) {
			throw new RuleViolationException("reason", "shopfloor.discrepancy.reason.required");
		}
		if (command.reason().length() > 500) {
			throw new RuleViolationException("reason", "shopfloor.report.too-long", 500);
		}
		if (resolution == HandoverDiscrepancy.Resolution.RECOUNT
				&& (command.recountedQuantity() == null || command.recountedQuantity().signum() < 0)) {
			throw new RuleViolationException("recountedQuantity", "shopfloor.discrepancy.recount.required");
		}
		return inTransaction(() -> {
			HandoverDiscrepancy discrepancy = discrepancies.findById(id)
				.orElseThrow(() -> new NotFoundException("HandoverDiscrepancy", id));
			BigDecimal accepted = discrepancy.resolve(resolution, command.recountedQuantity(), command.reason().trim(),
					supervisor);
			discrepancies.saveAndFlush(discrepancy);
			Handover handover = handovers.findById(discrepancy.getHandoverId()).orElseThrow();
			handover.accept(accepted);
			handovers.saveAndFlush(handover);
			events.publishEvent(new HandoverDiscrepancyResolved(id, handover.getId(), resolution.name(), accepted,
					command.reason().trim(), supervisor));
			return queries.discrepancy(id);
		});
	}

	/** The workshop of the worker linked to the account (docs/shopfloor.md, "Phone screens"), if any. */
	public Optional<Long> workshopOf(String username) {
		return workers.linkedTo(username).map(Workers.LinkedWorker::workshopId);
	}

	public PageResponse<HandoverView> list(Long workshopId, Direction direction, String status, int page, int size) {
		return queries.handovers(workshopId, direction, status, page, size);
	}

	public HandoverView get(long id) {
		return queries.handover(id);
	}

	public PageResponse<DiscrepancyView> discrepancies(String status, Long workshopId, int page, int size) {
		return queries.discrepancies(status, workshopId, page, size);
	}

	private BigDecimal handedOver(long operationId) {
		return jdbc.sql("""
				select coalesce(sum(quantity), 0) from shopfloor_handover
				where from_operation_id = :id and status <> 'CANCELLED'
				""").param("id", operationId).query(BigDecimal.class).single();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private <T> T inTransaction(Supplier<T> work) {
		return transactions.execute(status -> work.get());
	}
}
