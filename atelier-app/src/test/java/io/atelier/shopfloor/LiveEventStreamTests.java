package io.atelier.shopfloor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live stream over a real socket (docs/shopfloor.md, "Live progress"): a supervisor's stream hears of an
 * operator's report within 2 seconds, a customer's stream does not hear of another customer's order, a stream keeps
 * working after the node's listening connection is killed, and a user cannot open streams without limit. Runs in the
 * browser tests' application (same settings, so one context for both).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atelier.data-dir=target/test-data/browser-${random.uuid}", "atelier.demo-data=true",
				"atelier.demo-orders=false" })
class LiveEventStreamTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final List<Stream<String>> open = new ArrayList<>();

	private HttpClientSide client;

	private final long worker = 1_000_000_000L + System.nanoTime() % 1_000_000_000L;

	@BeforeEach
	void connect() {
		client = new HttpClientSide(port);
	}

	@AfterEach
	void closeStreams() {
		open.forEach(Stream::close);
	}

	/** An open stream: the events it received, each as its name and data. */
	record Event(String name, String data) {
	}

	private BlockingQueue<Event> stream(String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/events/stream"))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "text/event-stream")
			.GET()
			.build();
		HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		open.add(response.body());
		BlockingQueue<Event> events = new LinkedBlockingQueue<>();
		CompletableFuture.runAsync(() -> {
			String[] name = { "message" };
			StringBuilder data = new StringBuilder();
			try {
				response.body().forEach(line -> {
					if (line.isEmpty()) {
						if (!data.isEmpty()) {
							events.add(new Event(name[0], data.toString()));
						}
						name[0] = "message";
						data.setLength(0);
					}
					else if (line.startsWith("event:")) {
						name[0] = line.substring(6).trim();
					}
					else if (line.startsWith("data:")) {
						data.append(line.substring(5).trim());
					}
				});
			}
			catch (RuntimeException closed) {
				// the test closed the stream
			}
		});
		assertThat(next(events, e -> e.name().equals("ready"), Duration.ofSeconds(5))).isNotNull();
		return events;
	}

	private static Event next(BlockingQueue<Event> events, Predicate<Event> wanted, Duration within)
			throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (event != null && wanted.test(event)) {
				return event;
			}
		}
		return null;
	}

	private Predicate<Event> progressOf(long operationId, String good) {
		return event -> {
			if (!event.name().equals("progress")) {
				return false;
			}
			JsonNode change = json.readTree(event.data());
			return change.path("operationId").asLong() == operationId && change.path("good").asString("").equals(good);
		};
	}

	private Map<String, Object> report(long operationId, String kind, String deviceId, long seq) {
		Map<String, Object> report = new HashMap<>();
		report.put("eventId", UUID.randomUUID().toString());
		report.put("deviceId", deviceId);
		report.put("deviceSeq", seq);
		report.put("operationId", operationId);
		report.put("kind", kind);
		report.put("occurredAt", java.time.OffsetDateTime.now().toString());
		// a worker of the test's own (the operator reports for them): demo operators may be busy in other tests
		report.put("workerId", worker);
		return report;
	}

	private void applied(String token, Map<String, Object> report) throws IOException, InterruptedException {
		HttpClientSide.Answer answer = client.send("POST", "/api/shopfloor/reports", token, report);
		assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
	}

	@Test
	void aSupervisorsStreamHearsOfAnOperatorsReportWithinTwoSecondsAndACustomerOfAnotherCompanyDoesNot()
			throws Exception {
		JsonNode workOrder = client.releasedDesk(client.token("planner", "demo"), "10");
		long fit = workOrder.get("operations").get(0).get("id").asLong();
		String operator = client.token("operator", "demo");
		BlockingQueue<Event> supervisor = stream(client.token("supervisor", "demo"));
		BlockingQueue<Event> customer = stream(client.token("customer", "demo"));
		String device = "LIVE-" + UUID.randomUUID();

		applied(operator, report(fit, "START", device, 1));
		Map<String, Object> quantity = report(fit, "QUANTITY", device, 2);
		quantity.put("good", "8");
		quantity.put("scrap", "2");
		quantity.put("scrapReason", "划伤 scratched");
		long sent = System.nanoTime();
		applied(operator, quantity);

		Event heard = next(supervisor, progressOf(fit, "8"), Duration.ofSeconds(2));
		Duration took = Duration.ofNanos(System.nanoTime() - sent);
		assertThat(heard).as("a progress event for operation %d with good 8 within 2 s", fit).isNotNull();
		assertThat(took).isLessThan(Duration.ofSeconds(2));
		JsonNode change = json.readTree(heard.data());
		assertThat(change.get("orderId").asLong()).isEqualTo(workOrder.get("orderId").asLong());
		assertThat(change.get("workOrderId").asLong()).isEqualTo(workOrder.get("id").asLong());
		assertThat(change.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(change.get("scrap").asString()).isEqualTo("2");
		assertThat(change.has("customerId")).isFalse();
		// the demo customer belongs to another company: nothing of this order reaches them
		assertThat(next(customer, e -> e.data().contains("\"orderId\":" + workOrder.get("orderId").asLong()),
				Duration.ofMillis(500))).isNull();
	}

	@Test
	void afterTheNodeLostItsListeningConnectionStreamsAreToldToRefreshAndHearChangesAgain() throws Exception {
		JsonNode workOrder = client.releasedDesk(client.token("planner", "demo"), "3");
		long fit = workOrder.get("operations").get(0).get("id").asLong();
		BlockingQueue<Event> supervisor = stream(client.token("supervisor", "demo"));

		// what a database restart or a network failure does to the listening connection
		jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where query like 'LISTEN atelier_live%'")
			.query((rs, n) -> n)
			.list();

		assertThat(next(supervisor, e -> e.name().equals("resync"), Duration.ofSeconds(10))).isNotNull();
		String device = "LIVE-" + UUID.randomUUID();
		String operator = client.token("operator", "demo");
		applied(operator, report(fit, "START", device, 1));
		Map<String, Object> quantity = report(fit, "QUANTITY", device, 2);
		quantity.put("good", "1");
		applied(operator, quantity);
		assertThat(next(supervisor, progressOf(fit, "1"), Duration.ofSeconds(2))).isNotNull();
	}

	@Test
	void aReportRefusedIntoTheExceptionQueueReachesASupervisorsStream() throws Exception {
		JsonNode workOrder = client.releasedDesk(client.token("planner", "demo"), "2");
		long fit = workOrder.get("operations").get(0).get("id").asLong();
		BlockingQueue<Event> supervisor = stream(client.token("supervisor", "demo"));
		Map<String, Object> beforeStart = report(fit, "QUANTITY", "LIVE-" + UUID.randomUUID(), 1);
		beforeStart.put("good", "1");

		HttpClientSide.Answer refused = client.send("POST", "/api/shopfloor/reports", client.token("operator", "demo"),
				beforeStart);

		assertThat(refused.status()).isEqualTo(422);
		Event heard = next(supervisor, e -> e.data().contains("\"kind\":\"exception\"")
				&& json.readTree(e.data()).get("operationId").asLong() == fit, Duration.ofSeconds(2));
		assertThat(heard).isNotNull();
	}

	@Test
	void aUserCannotOpenStreamsWithoutLimit() throws Exception {
		String manager = client.token("manager", "demo");
		for (int i = 0; i < 10; i++) {
			stream(manager);
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/events/stream"))
			.header("Authorization", "Bearer " + manager)
			.header("Accept", "text/event-stream")
			.header("Accept-Language", "en")
			.build();
		HttpResponse<String> refused = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("Too many live connections");
	}
}
