package io.atelier.shopfloor;

import java.io.File;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import io.atelier.shopfloor.ReportFixtures.Phone;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second acceptance test of issue 5: the application runs as its own JVM on a fresh database of the local
 * PostgreSQL; a replay is under way when the JVM is killed with SIGKILL ({@code Process.destroyForcibly}); after a
 * restart the phones send everything again, and every quantity is exact with one report per event id. It runs in
 * every build where the PostgreSQL at 127.0.0.1:5432 is reachable (it says so loudly and skips otherwise);
 * {@code -Datelier.kill-test=false} leaves it out, {@code -Datelier.kill.work-orders=N} sets its size (100 work
 * orders = 10,000 events, each sent twice before and twice after the kill).
 */
@DisabledIfSystemProperty(named = "atelier.kill-test", matches = "false")
class ReportKillTests {

	private static final int WORK_ORDERS = Integer.getInteger("atelier.kill.work-orders", 100);

	@Test
	void killingTheApplicationInTheMiddleOfAReplayLosesNothingAndDuplicatesNothing() throws Exception {
		try (ExternalDatabase database = new ExternalDatabase()) {
			int port = freePort();
			Path dataDir = Files.createTempDirectory("atelier-kill");
			Process app = start(database, port, dataDir);
			List<long[]> operations = new ArrayList<>();
			List<Map<String, Object>> events = new ArrayList<>();
			try {
				HttpClientSide http = awaitHealthy(app, port);
				String planner = http.adminToken();
				for (int i = 0; i < WORK_ORDERS; i++) {
					JsonNode desk = http.releasedDesk(planner, "50");
					long fit = ReportFixtures.operation(desk, 0);
					long pack = ReportFixtures.operation(desk, 1);
					operations.add(new long[] { fit, pack });
					events.addAll(ReportReplayTests.shiftOf(new Phone(), fit, pack));
				}
				List<Map<String, Object>> firstRound = shuffledCopies(events, 2, 1);
				String operator = http.adminToken();
				AtomicInteger sent = new AtomicInteger();
				ExecutorService replay = Executors.newFixedThreadPool(4);
				List<Future<?>> batches = new ArrayList<>();
				for (int from = 0; from < firstRound.size(); from += 50) {
					List<Map<String, Object>> batch = firstRound.subList(from, Math.min(from + 50, firstRound.size()));
					batches.add(replay.submit(() -> {
						http.send("POST", "/api/shopfloor/reports/batch", operator, Map.of("reports", batch));
						sent.incrementAndGet();
						return null;
					}));
				}
				while (sent.get() < batches.size() / 3) {
					Thread.sleep(20);
				}
				app.destroyForcibly(); // SIGKILL on Linux
				app.waitFor(60, TimeUnit.SECONDS);
				replay.shutdownNow();
				System.out.printf("killed after %d of %d batches%n", sent.get(), batches.size());
			}
			finally {
				app.destroyForcibly();
			}

			Process again = start(database, port, dataDir);
			try {
				HttpClientSide http = awaitHealthy(again, port);
				String operator = http.adminToken();
				List<Map<String, Object>> secondRound = shuffledCopies(events, 2, 2);
				for (int from = 0; from < secondRound.size(); from += 100) {
					var answer = http.send("POST", "/api/shopfloor/reports/batch", operator,
							Map.of("reports", secondRound.subList(from, Math.min(from + 100, secondRound.size()))));
					assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
				}
			}
			finally {
				again.destroyForcibly();
				again.waitFor(60, TimeUnit.SECONDS);
			}

			try (Connection db = database.connect()) {
				for (long[] op : operations) {
					assertThat(quantity(db, op[0], "good_quantity")).isEqualByComparingTo("49");
					assertThat(quantity(db, op[0], "scrap_quantity")).isEqualByComparingTo("1");
					assertThat(quantity(db, op[1], "good_quantity")).isEqualByComparingTo("49");
				}
				ResultSet counts = db.createStatement()
					.executeQuery("select count(*), count(distinct event_id), count(*) filter (where status = 'APPLIED') "
							+ "from shopfloor_report");
				counts.next();
				assertThat(counts.getLong(1)).isEqualTo(events.size());
				assertThat(counts.getLong(2)).isEqualTo(events.size());
				assertThat(counts.getLong(3)).isEqualTo(events.size());
			}
		}
	}

	private static List<Map<String, Object>> shuffledCopies(List<Map<String, Object>> events, int copies, long seed) {
		List<Map<String, Object>> all = new ArrayList<>();
		for (int i = 0; i < copies; i++) {
			all.addAll(ReportFixtures.copies(events));
		}
		Collections.shuffle(all, new Random(seed));
		return all;
	}

	private static BigDecimal quantity(Connection db, long operationId, String column) throws Exception {
		ResultSet row = db.createStatement()
			.executeQuery("select " + column + " from work_order_operation where id = " + operationId);
		row.next();
		return row.getBigDecimal(1);
	}

	/** The application as its own JVM, with the test's class path and the demo data on the external database. */
	private static Process start(ExternalDatabase database, int port, Path dataDir) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path log = Files.createTempFile("atelier-kill", ".log");
		System.out.println("application log: " + log);
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.atelier.AtelierApplication",
				"--server.port=" + port, "--atelier.db.url=" + database.url(), "--atelier.db.user=" + ExternalDatabase.USER,
				"--atelier.db.password=" + ExternalDatabase.PASSWORD, "--atelier.demo-data=true",
				"--atelier.admin-password=" + HttpClientSide.ADMIN_PASSWORD,
				"--atelier.data-dir=" + dataDir)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(new File("."))
			.start();
	}

	private static HttpClientSide awaitHealthy(Process app, int port) throws InterruptedException {
		HttpClientSide http = new HttpClientSide(port);
		long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
		while (!http.healthy()) {
			assertThat(app.isAlive()).as("the application started").isTrue();
			assertThat(System.nanoTime()).as("started within 10 minutes").isLessThan(until);
			Thread.sleep(500);
		}
		return http;
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
