package io.atelier.shopfloor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.atelier.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Released orders of the demo desk (one work order: fit, OP-10, then pack, OP-20) and the reports a phone sends
 * about them.
 */
final class ReportFixtures {

	private final Api api;

	ReportFixtures(Api api) {
		this.api = api;
	}

	/** The desk work order of a newly released order of {@code quantity} desks. */
	JsonNode releasedDesk(String quantity) {
		Api.Caller planner = api.as("planner");
		var customer = planner.post("/api/customers", Map.of("code", Api.unique("CU"), "name", "报工客户 Report customer"));
		assertThat(customer.status()).as(customer.body()).isEqualTo(201);
		Map<String, Object> line = new HashMap<>();
		line.put("itemCode", "PRD-DESK-1200");
		line.put("quantity", quantity);
		Map<String, Object> body = new HashMap<>();
		body.put("customerId", customer.json().get("id").asLong());
		body.put("requestedDate", LocalDate.now().plusDays(30).toString());
		body.put("priority", "NORMAL");
		body.put("lines", List.of(line));
		var order = planner.post("/api/orders", body);
		assertThat(order.status()).as(order.body()).isEqualTo(201);
		JsonNode current = order.json();
		for (String action : List.of("confirm", "release")) {
			var moved = planner.post("/api/orders/" + current.get("id").asLong() + "/" + action,
					Map.of("version", current.get("version").asLong(), "reason", "test"));
			assertThat(moved.status()).as(moved.body()).isEqualTo(200);
			current = moved.json();
		}
		var workOrders = planner.get("/api/orders/" + current.get("id").asLong() + "/work-orders");
		assertThat(workOrders.status()).as(workOrders.body()).isEqualTo(200);
		return workOrders.json().get(0);
	}

	static long operation(JsonNode workOrder, int index) {
		return workOrder.get("operations").get(index).get("id").asLong();
	}

	/** A phone: its own device id and sequence numbers. */
	static final class Phone {

		private static final AtomicLong WORKERS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

		final String deviceId = "PHONE-" + UUID.randomUUID();

		/** The worker the phone reports for: one of its own, so that tests do not share a busy operator. */
		final long workerId = WORKERS.incrementAndGet();

		private final AtomicLong seq = new AtomicLong();

		Map<String, Object> report(long operationId, String kind) {
			Map<String, Object> report = new HashMap<>();
			report.put("eventId", UUID.randomUUID().toString());
			report.put("deviceId", deviceId);
			report.put("deviceSeq", seq.incrementAndGet());
			report.put("operationId", operationId);
			report.put("kind", kind);
			report.put("workerId", workerId);
			report.put("occurredAt", OffsetDateTime.now().toString());
			return report;
		}

		Map<String, Object> quantity(long operationId, String good, String scrap) {
			Map<String, Object> report = report(operationId, "QUANTITY");
			report.put("good", good);
			report.put("scrap", scrap);
			if (!"0".equals(scrap)) {
				report.put("scrapReason", "划伤 scratched");
			}
			return report;
		}
	}

	static List<Map<String, Object>> copies(List<Map<String, Object>> reports) {
		List<Map<String, Object>> copies = new ArrayList<>();
		reports.forEach(report -> copies.add(new HashMap<>(report)));
		return copies;
	}
}
