package io.atelier.shopfloor;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.atelier.AtelierApplication;
import io.atelier.shopfloor.ReportFixtures.Phone;

/**
 * Reports per second over HTTP against the local PostgreSQL (fsync and synchronous_commit as the server has them,
 * printed), with p50/p95/p99 latency for N concurrent phones, next to the raw PostgreSQL rate of single-row INSERT +
 * COMMIT on N connections measured in the same run. Opt-in: {@code -Datelier.bench=reports}
 * ({@code -Datelier.bench.clients=16 -Datelier.bench.seconds=20}).
 */
@EnabledIfSystemProperty(named = "atelier.bench", matches = "reports")
class ReportBenchmark {

	private static final int CLIENTS = Integer.getInteger("atelier.bench.clients", 16);

	private static final int SECONDS = Integer.getInteger("atelier.bench.seconds", 20);

	@Test
	void reportsPerSecondOverHttpNextToTheRawInsertRate() throws Exception {
		try (ExternalDatabase database = new ExternalDatabase()) {
			String settings;
			try (Connection db = database.connect(); ResultSet rs = db.createStatement()
				.executeQuery("select current_setting('fsync'), current_setting('synchronous_commit')")) {
				rs.next();
				settings = "fsync=" + rs.getString(1) + ", synchronous_commit=" + rs.getString(2);
			}
			ConfigurableApplicationContext app = new SpringApplicationBuilder(AtelierApplication.class).run(
					"--server.port=0", "--atelier.db.url=" + database.url(), "--atelier.db.user=" + ExternalDatabase.USER,
					"--atelier.db.password=" + ExternalDatabase.PASSWORD, "--atelier.demo-data=true",
				"--atelier.admin-password=" + HttpClientSide.ADMIN_PASSWORD,
					"--atelier.data-dir=" + Files.createTempDirectory("atelier-bench"),
					"--spring.datasource.hikari.maximum-pool-size=" + Integer.getInteger("atelier.bench.pool", 10));
			try {
				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				HttpClientSide http = new HttpClientSide(port);
				String planner = http.adminToken();
				String operator = http.adminToken();
				List<long[]> work = new ArrayList<>();
				for (int i = 0; i < CLIENTS; i++) {
					work.add(new long[] { ReportFixtures.operation(http.releasedDesk(planner, "1000000"), 0) });
				}
				Result reports = run(CLIENTS, client -> {
					Phone phone = new Phone();
					long operation = work.get(client)[0];
					http.send("POST", "/api/shopfloor/reports", operator, phone.report(operation, "START"));
					return () -> {
						var answer = http.send("POST", "/api/shopfloor/reports", operator, phone.quantity(operation, "1", "0"));
						if (answer.status() != 200) {
							throw new IllegalStateException(String.valueOf(answer.body()));
						}
					};
				});
				try (Connection db = database.connect()) {
					db.createStatement().execute("create table bench_insert (id bigserial primary key, payload text)");
				}
				Result raw = run(CLIENTS, client -> {
					Connection db = database.connect();
					PreparedStatement insert = db.prepareStatement("insert into bench_insert (payload) values (?)");
					return () -> {
						insert.setString(1, "report " + client);
						insert.executeUpdate(); // autocommit: one INSERT + COMMIT
					};
				});
				System.out.printf("""

						Reports over HTTP vs raw PostgreSQL inserts (%s, %d clients, %d s each, %d cores, load %s)
						| what                               | per second | p50 ms | p95 ms | p99 ms | count |
						|------------------------------------|-----------:|-------:|-------:|-------:|------:|
						| POST /api/shopfloor/reports        | %10.0f | %6.1f | %6.1f | %6.1f | %5d |
						| INSERT + COMMIT (JDBC, autocommit) | %10.0f | %6.1f | %6.1f | %6.1f | %5d |
						%n""", settings, CLIENTS, SECONDS, Runtime.getRuntime().availableProcessors(),
						Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim(), reports.perSecond(),
						reports.percentile(50), reports.percentile(95), reports.percentile(99), reports.count(),
						raw.perSecond(), raw.percentile(50), raw.percentile(95), raw.percentile(99), raw.count());
			}
			finally {
				app.close();
			}
		}
	}

	interface Client {

		Step open(int client) throws Exception;
	}

	interface Step {

		void run() throws Exception;
	}

	record Result(long[] nanos, double seconds) {

		double perSecond() {
			return nanos.length / seconds;
		}

		int count() {
			return nanos.length;
		}

		double percentile(int p) {
			return nanos.length == 0 ? 0 : nanos[Math.min(nanos.length - 1, nanos.length * p / 100)] / 1e6;
		}
	}

	private static Result run(int clients, Client client) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		try {
			List<Step> steps = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				steps.add(client.open(i));
			}
			long start = System.nanoTime();
			long end = start + SECONDS * 1_000_000_000L;
			List<Future<long[]>> results = new ArrayList<>();
			for (Step step : steps) {
				results.add(threads.submit((Callable<long[]>) () -> {
					long[] times = new long[1 << 20];
					int n = 0;
					while (System.nanoTime() < end && n < times.length) {
						long before = System.nanoTime();
						step.run();
						times[n++] = System.nanoTime() - before;
					}
					return Arrays.copyOf(times, n);
				}));
			}
			List<Long> all = new ArrayList<>();
			for (Future<long[]> result : results) {
				for (long t : result.get()) {
					all.add(t);
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			return new Result(all.stream().mapToLong(Long::longValue).sorted().toArray(), seconds);
		}
		finally {
			threads.shutdownNow();
		}
	}

}
