package io.atelier.live;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.atelier.orders.OperationCancelled;
import io.atelier.orders.OperationFinished;
import io.atelier.orders.OperationPaused;
import io.atelier.orders.OperationReady;
import io.atelier.orders.OperationReported;
import io.atelier.orders.OperationResumed;
import io.atelier.orders.OperationStarted;
import io.atelier.orders.OrderHeld;
import io.atelier.orders.OrderResumed;
import io.atelier.orders.Orders;
import io.atelier.orders.ShopFloorOperations;
import io.atelier.orders.WorkOrderCancelled;
import io.atelier.orders.WorkOrderPaused;
import io.atelier.orders.WorkOrderResumed;
import io.atelier.planning.OperationOverran;
import io.atelier.shopfloor.ReportExceptionOpened;
import io.atelier.shopfloor.ReportExceptionResolved;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the orders', planning's and the shop floor's events into a {@code NOTIFY} on {@value #CHANNEL}, in the transaction that raised
 * them: PostgreSQL delivers a notification only when that transaction commits (and never when it rolls back), to every
 * node listening, each exactly once; identical notifications of one transaction are delivered once.
 */
@Component
class LiveNotifier {

	static final String CHANNEL = "atelier_live";

	private final JdbcClient jdbc;

	private final ShopFloorOperations operations;

	private final Orders orders;

	private final JsonMapper json = JsonMapper.builder().build();

	LiveNotifier(JdbcClient jdbc, ShopFloorOperations operations, Orders orders) {
		this.jdbc = jdbc;
		this.operations = operations;
		this.orders = orders;
	}

	@EventListener
	void on(OperationReported event) {
		operation("operation", event.operationId());
	}

	@EventListener
	void on(OperationStarted event) {
		operation("operation", event.operationId());
	}

	@EventListener
	void on(OperationPaused event) {
		operation("operation", event.operationId());
	}

	@EventListener
	void on(OperationResumed event) {
		operation("operation", event.operationId());
	}

	@EventListener
	void on(OperationFinished event) {
		operation("operation", event.operationId());
	}

	@EventListener
	void on(OperationReady event) {
		operation("operation", event.operationId());
	}

	@EventListener
	void on(OperationCancelled event) {
		operation("operation", event.operationId());
	}

	@EventListener
	void on(OperationOverran event) {
		operation("overrun", event.operationId());
	}

	@EventListener
	void on(ReportExceptionOpened event) {
		operation("exception", event.operationId());
	}

	@EventListener
	void on(ReportExceptionResolved event) {
		operation("exception", event.operationId());
	}

	@EventListener
	void on(WorkOrderPaused event) {
		order("workOrder", event.orderId(), event.workOrderId(), "PAUSED");
	}

	@EventListener
	void on(WorkOrderResumed event) {
		order("workOrder", event.orderId(), event.workOrderId(), "RESUMED");
	}

	@EventListener
	void on(WorkOrderCancelled event) {
		order("workOrder", event.orderId(), event.workOrderId(), "CANCELLED");
	}

	@EventListener
	void on(OrderHeld event) {
		order("order", event.orderId(), null, "ON_HOLD");
	}

	@EventListener
	void on(OrderResumed event) {
		order("order", event.orderId(), null, event.status().name());
	}

	private void operation(String kind, long operationId) {
		operations.state(operationId)
			.ifPresent(op -> send(new LiveChange(kind, op.orderId(), op.workOrderId(), op.id(), op.status().name(),
					op.good(), op.scrap(), op.customerId())));
	}

	private void order(String kind, long orderId, Long workOrderId, String status) {
		orders.find(orderId)
			.ifPresent(order -> send(new LiveChange(kind, orderId, workOrderId, null, status, null, null,
					order.customerId())));
	}

	private void send(LiveChange change) {
		jdbc.sql("select pg_notify(:channel, :payload)")
			.param("channel", CHANNEL)
			.param("payload", json.writeValueAsString(change))
			.query((rs, n) -> n)
			.list();
	}
}
