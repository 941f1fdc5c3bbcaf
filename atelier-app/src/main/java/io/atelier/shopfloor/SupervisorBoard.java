package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.factory.WorkCenters;
import io.atelier.factory.WorkCenters.WorkCenterFilter;
import io.atelier.factory.Workshops;
import io.atelier.orders.OrderStatus;
import io.atelier.orders.ShopFloorOperations;
import io.atelier.orders.ShopFloorOperations.BoardOperation;
import io.atelier.orders.WorkStatus;
import io.atelier.planning.Overruns;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.workforce.Workers;

/**
 * The supervisor's board of one workshop (docs/shopfloor.md, "Supervisor board"): its operations in five columns, and
 * the work in progress per work centre.
 */
@Service
public class SupervisorBoard {

	public enum Column {
		READY, IN_PROGRESS, PAUSED, DONE_TODAY, BLOCKED
	}

	/** Why a card is blocked. */
	public enum Blocker {
		ON_HOLD, EXCEPTION, PREDECESSORS
	}

	public record Card(long operationId, String number, String name, long workCenterId, WorkStatus status,
			long workOrderId, String workOrderNumber, long orderId, String orderNumber, String itemCode,
			String itemName, BigDecimal quantity, String unit, BigDecimal good, BigDecimal scrap, List<String> operators,
			LocalDate dueDate, boolean late, boolean overran, Blocker blockedBy) {
	}

	/** Work in progress at a work centre: operations started and not finished (running or paused), and their quantity. */
	public record WorkCenterLoad(long id, String code, String name, int inProgress, BigDecimal quantity) {
	}

	public record Board(long workshopId, Long workCenterId, LocalDate today, List<WorkCenterLoad> workCenters,
			Map<Column, List<Card>> columns) {
	}

	private final Workshops workshops;

	private final WorkCenters workCenters;

	private final ShopFloorOperations operations;

	private final FinishedOperations finished;

	private final Overruns overruns;

	private final Workers workers;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	SupervisorBoard(Workshops workshops, WorkCenters workCenters, ShopFloorOperations operations,
			FinishedOperations finished, Overruns overruns, Workers workers, JdbcClient jdbc,
			@Value("${atelier.planning.time-zone:Asia/Shanghai}") ZoneId zone) {
		this.workshops = workshops;
		this.workCenters = workCenters;
		this.operations = operations;
		this.finished = finished;
		this.overruns = overruns;
		this.workers = workers;
		this.jdbc = jdbc;
		this.zone = zone;
	}

	/** 404 for an unknown workshop; 422 naming {@code workCenterId} for a work centre of another workshop. */
	@Transactional(readOnly = true)
	public Board of(long workshopId, Long workCenterId) {
		workshops.find(workshopId).orElseThrow(() -> new NotFoundException("Workshop", workshopId));
		List<WorkCenters.WorkCenterView> centers = workCenters.listAll(new WorkCenterFilter(workshopId, null), null)
			.stream()
			.filter(c -> workCenterId == null || c.id() == workCenterId)
			.toList();
		if (workCenterId != null && centers.isEmpty()) {
			throw new RuleViolationException("workCenterId", "shopfloor.board.workCenter.other", workCenterId);
		}
		LocalDate today = LocalDate.now(zone);
		Instant startOfDay = today.atStartOfDay(zone).toInstant();
		List<BoardOperation> listed = operations.atWorkCenters(centers.stream().map(c -> c.id()).toList(),
				finished.since(startOfDay));
		Set<Long> ids = new HashSet<>();
		listed.forEach(op -> ids.add(op.id()));
		Set<Long> overran = overruns.overran(ids);
		Set<Long> exceptions = openExceptions(ids);
		Map<Column, List<Card>> columns = new EnumMap<>(Column.class);
		for (Column column : Column.values()) {
			columns.put(column, new ArrayList<>());
		}
		Map<String, String> names = new HashMap<>();
		for (BoardOperation op : listed) {
			Blocker blocker = blocker(op, exceptions);
			Column column = column(op, blocker);
			if (column != null) {
				columns.get(column).add(card(op, blocker, today, overran.contains(op.id()), names));
			}
		}
		List<WorkCenterLoad> loads = centers.stream().map(c -> load(c, listed)).toList();
		return new Board(workshopId, workCenterId, today, loads, columns);
	}

	/** Blocked: the order is on hold, a report of it waits in the exception queue, or it waits for running work. */
	static Blocker blocker(BoardOperation op, Set<Long> exceptions) {
		if (op.status() == WorkStatus.DONE) {
			return null;
		}
		if (exceptions.contains(op.id())) {
			return Blocker.EXCEPTION;
		}
		if (op.orderStatus() == OrderStatus.ON_HOLD) {
			return Blocker.ON_HOLD;
		}
		if (op.status() == WorkStatus.PENDING && op.predecessorsStarted()) {
			return Blocker.PREDECESSORS;
		}
		return null;
	}

	/** The card's column; null for an operation whose predecessors have not even started (not on the board yet). */
	static Column column(BoardOperation op, Blocker blocker) {
		if (blocker != null) {
			return Column.BLOCKED;
		}
		return switch (op.status()) {
			case READY -> Column.READY;
			case IN_PROGRESS -> Column.IN_PROGRESS;
			case PAUSED -> Column.PAUSED;
			case DONE -> Column.DONE_TODAY;
			default -> null;
		};
	}

	private Card card(BoardOperation op, Blocker blocker, LocalDate today, boolean overran, Map<String, String> names) {
		boolean late = op.status() != WorkStatus.DONE && (overran || (op.dueDate() != null && op.dueDate().isBefore(today)));
		return new Card(op.id(), op.number(), op.name(), op.workCenterId(), op.status(), op.workOrderId(),
				op.workOrderNumber(), op.orderId(), op.orderNumber(), op.itemCode(), op.itemName(), op.quantity(),
				op.unit(), op.good(), op.scrap(),
				op.operators().stream().map(operator -> names.computeIfAbsent(operator, this::operatorName)).toList(),
				op.dueDate(), late, overran, blocker);
	}

	private static WorkCenterLoad load(WorkCenters.WorkCenterView center, List<BoardOperation> listed) {
		List<BoardOperation> started = listed.stream()
			.filter(op -> op.workCenterId() == center.id())
			.filter(op -> op.status() == WorkStatus.IN_PROGRESS || op.status() == WorkStatus.PAUSED)
			.toList();
		BigDecimal quantity = started.stream()
			.map(op -> op.quantity().subtract(op.good()).subtract(op.scrap()).max(BigDecimal.ZERO))
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.stripTrailingZeros();
		return new WorkCenterLoad(center.id(), center.code(), center.name(), started.size(), quantity);
	}

	/** A worker's name for {@code worker:<id>}, the user name for {@code user:<name>}. */
	private String operatorName(String operator) {
		if (operator.startsWith("worker:")) {
			try {
				long id = Long.parseLong(operator.substring("worker:".length()));
				return workers.find(id).map(w -> w.name()).orElse(operator);
			}
			catch (NumberFormatException ex) {
				return operator;
			}
		}
		return operator.startsWith("user:") ? operator.substring("user:".length()) : operator;
	}

	private Set<Long> openExceptions(Set<Long> operationIds) {
		if (operationIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select distinct operation_id from shopfloor_exception where status = 'OPEN' and operation_id in (:ids)
				""").param("ids", operationIds).query(Long.class).list());
	}
}
