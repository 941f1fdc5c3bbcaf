package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.atelier.shopfloor.ReportFixtures.Phone;
import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test of issue 5: report events, each sent five times, shuffled, by eight threads through the batch
 * endpoint, give exactly the right quantities and one stored report per event id. Every work order has two operations
 * and 100 events. Always at the acceptance size, 100 work orders: 10,000 events over 200 operations, 50,000 sends
 * ({@code -Datelier.replay.work-orders=N} for another size).
 */
@AtelierIntegrationTest
// a database of its own (another context): it releases 100 orders of 50 desks and leaves their other work orders
// open, which in the shared database would crowd every plan and promise the other tests make
@TestPropertySource(properties = "atelier.test.context=report-replay")
class ReportReplayTests {

	static final int COPIES = 5;

	static final int THREADS = 8;

	static final int BATCH = 100;

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	/**
	 * One work order's reports from one phone: fit reports 46 good units one by one, one scrapped, and 3 more with
	 * its finish (49 good, 1 scrap of 50); pack, which received 49, reports 47 one by one, pauses, resumes and
	 * finishes with 2 more (49 good). 100 events.
	 */
	static List<Map<String, Object>> shiftOf(Phone phone, long fit, long pack) {
		List<Map<String, Object>> events = new ArrayList<>();
		events.add(phone.report(fit, "START"));
		for (int i = 0; i < 46; i++) {
			events.add(phone.quantity(fit, "1", "0"));
		}
		events.add(phone.quantity(fit, "0", "1"));
		Map<String, Object> fitDone = phone.report(fit, "FINISH");
		fitDone.put("good", "3");
		events.add(fitDone);
		events.add(phone.report(pack, "START"));
		for (int i = 0; i < 47; i++) {
			events.add(phone.quantity(pack, "1", "0"));
		}
		events.add(phone.report(pack, "PAUSE"));
		events.add(phone.report(pack, "RESUME"));
		Map<String, Object> packDone = phone.report(pack, "FINISH");
		packDone.put("good", "2");
		events.add(packDone);
		return events;
	}

	@Test
	void reportEventsSentFiveTimesConcurrentlyAndOutOfOrderApplyExactlyOnce() throws Exception {
		int workOrders = Integer.getInteger("atelier.replay.work-orders", 100);
		ReportFixtures fixtures = new ReportFixtures(api);
		List<long[]> operations = new ArrayList<>();
		List<Map<String, Object>> events = new ArrayList<>();
		List<String> devices = new ArrayList<>();
		for (int i = 0; i < workOrders; i++) {
			JsonNode desk = fixtures.releasedDesk("50");
			long fit = ReportFixtures.operation(desk, 0);
			long pack = ReportFixtures.operation(desk, 1);
			operations.add(new long[] { fit, pack });
			Phone phone = new Phone();
			devices.add(phone.deviceId);
			events.addAll(shiftOf(phone, fit, pack));
		}
		List<Map<String, Object>> sends = new ArrayList<>();
		for (int copy = 0; copy < COPIES; copy++) {
			sends.addAll(ReportFixtures.copies(events));
		}
		Collections.shuffle(sends, new Random(42));

		long started = System.nanoTime();
		replay(sends);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("replayed %d events x %d (%d sends) in %d ms%n", events.size(), COPIES, sends.size(), millis);

		for (long[] op : operations) {
			assertQuantities(op[0], "49", "1");
			assertQuantities(op[1], "49", "0");
		}
		Map<String, Object> stored = jdbc.sql("""
				select count(*) as reports, count(distinct event_id) as events,
				       count(*) filter (where status = 'APPLIED') as applied
				from shopfloor_report where device_id in (:devices)
				""").param("devices", devices).query().singleRow();
		assertThat(stored).containsEntry("reports", (long) events.size())
			.containsEntry("events", (long) events.size())
			.containsEntry("applied", (long) events.size());
	}

	private void replay(List<Map<String, Object>> sends) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> batches = new ArrayList<>();
			var operator = api.as("operator");
			for (int from = 0; from < sends.size(); from += BATCH) {
				List<Map<String, Object>> batch = sends.subList(from, Math.min(from + BATCH, sends.size()));
				batches.add(threads.submit(() -> {
					var answer = operator.post("/api/shopfloor/reports/batch", Map.of("reports", batch));
					assertThat(answer.status()).as(answer.body()).isEqualTo(200);
					for (JsonNode result : answer.json().get("results")) {
						assertThat(result.get("status").asInt()).as(result.toString()).isIn(200, 202);
					}
				}));
			}
			for (Future<?> batch : batches) {
				batch.get();
			}
		}
		finally {
			threads.shutdown();
		}
	}

	private void assertQuantities(long operationId, String good, String scrap) {
		Map<String, Object> row = jdbc.sql("""
				select good_quantity, scrap_quantity, status from work_order_operation where id = :id
				""").param("id", operationId).query().singleRow();
		assertThat((BigDecimal) row.get("good_quantity")).as("good of " + operationId).isEqualByComparingTo(good);
		assertThat((BigDecimal) row.get("scrap_quantity")).as("scrap of " + operationId).isEqualByComparingTo(scrap);
		assertThat(row.get("status")).isEqualTo("DONE");
	}
}
