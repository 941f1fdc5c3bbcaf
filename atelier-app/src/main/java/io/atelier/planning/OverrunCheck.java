package io.atelier.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.atelier.orders.ShopFloorOperations;
import io.atelier.orders.ShopFloorOperations.RunningOperation;
import io.atelier.scheduling.model.OperationId;

/**
 * Every minute, on one node of the cluster at a time: an operation in progress past the end the current plan gives it
 * raises {@link OperationOverran}, once per operation and planned end (docs/shopfloor.md, "Overruns"). The constructed
 * plan pins a running operation at "now" each time it is built, so its end moves with the clock: the end is recorded
 * the first time the check sees the operation running, and compared against from then on.
 */
@Component
class OverrunCheck {

	/** The advisory lock only one node holds while it checks ("ATL-OVR"). */
	static final long LOCK = 0x41544c2d4f5652L;

	private final ShopFloorOperations operations;

	private final CurrentPlan plans;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	OverrunCheck(ShopFloorOperations operations, CurrentPlan plans, JdbcClient jdbc, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager) {
		this.operations = operations;
		this.plans = plans;
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(fixedDelayString = "${atelier.planning.overrun-check:1m}",
			initialDelayString = "${atelier.planning.overrun-check:1m}")
	void everyMinute() {
		check(Instant.now());
	}

	/**
	 * Checks the operations in progress as of {@code now}; another node checking at the same moment makes this one do
	 * nothing.
	 * @return the overruns raised by this check
	 */
	List<OperationOverran> check(Instant now) {
		return transactions.execute(status -> {
			boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK).query(Boolean.class).single();
			if (!mine) {
				return List.of();
			}
			List<RunningOperation> running = operations.inProgress();
			if (running.isEmpty()) {
				return List.of();
			}
			Map<Long, Instant> planned = plannedEnds(running.stream().map(RunningOperation::id).toList());
			List<RunningOperation> unseen = running.stream().filter(op -> !planned.containsKey(op.id())).toList();
			if (!unseen.isEmpty()) {
				planned.putAll(record(unseen, now));
			}
			List<OperationOverran> raised = new ArrayList<>();
			for (RunningOperation op : running) {
				Instant end = planned.get(op.id());
				if (end != null && end.isBefore(now) && firstTime(op, end, now)) {
					OperationOverran overran = new OperationOverran(op.id(), op.number(), op.workOrderId(), op.orderId(),
							end, now);
					events.publishEvent(overran);
					raised.add(overran);
				}
			}
			return raised;
		});
	}

	private Map<Long, Instant> plannedEnds(List<Long> operationIds) {
		Map<Long, Instant> ends = new HashMap<>();
		jdbc.sql("select operation_id, planned_end from planning_operation_run where operation_id in (:ids)")
			.param("ids", operationIds)
			.query(rs -> {
				ends.put(rs.getLong("operation_id"), rs.getTimestamp("planned_end").toInstant());
			});
		return ends;
	}

	/** The current plan's end of each operation not seen running before (none for one the plan does not place). */
	private Map<Long, Instant> record(List<RunningOperation> unseen, Instant now) {
		PlanSnapshot plan = plans.current();
		Map<String, Integer> index = new HashMap<>();
		List<String> numbers = plan.problem().operationNumbers();
		for (int i = 0; i < numbers.size(); i++) {
			index.put(numbers.get(i), i);
		}
		Map<Long, Instant> ends = new HashMap<>();
		for (RunningOperation op : unseen) {
			Integer i = index.get(op.number());
			if (i == null) {
				continue;
			}
			plan.schedule().of(new OperationId(i)).ifPresent(scheduled -> {
				Instant end = plan.problem().axis().instant(scheduled.end());
				jdbc.sql("""
						insert into planning_operation_run (operation_id, planned_end, recorded_at)
						values (:id, :end, :now) on conflict (operation_id) do nothing
						""")
					.param("id", op.id())
					.param("end", Timestamp.from(end))
					.param("now", Timestamp.from(now))
					.update();
				ends.put(op.id(), end);
			});
		}
		return ends;
	}

	/** Records the overrun; false when it was recorded before (by this or another node). */
	private boolean firstTime(RunningOperation op, Instant end, Instant now) {
		return jdbc.sql("""
				insert into planning_overrun (operation_id, planned_end, operation_number, work_order_id, order_id,
				                              detected_at)
				values (:id, :end, :number, :workOrder, :order, :now)
				on conflict (operation_id, planned_end) do nothing
				""")
			.param("id", op.id())
			.param("end", Timestamp.from(end))
			.param("number", op.number())
			.param("workOrder", op.workOrderId())
			.param("order", op.orderId())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}
}
