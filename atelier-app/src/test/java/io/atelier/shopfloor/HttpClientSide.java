package io.atelier.shopfloor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API over a real socket, as a phone or an integrator calls it (for the kill -9 test and the benchmark). */
final class HttpClientSide {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	HttpClientSide(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	record Answer(int status, JsonNode body) {
	}

	/** The first administrator's token (an external database has no demo accounts). */
	static final String ADMIN_PASSWORD = "shopfloor-admin-pw";

	String adminToken() throws IOException, InterruptedException {
		return token("admin", ADMIN_PASSWORD);
	}

	String token(String username, String password) throws IOException, InterruptedException {
		Answer answer = send("POST", "/api/auth/tokens", null, Map.of("username", username, "password", password));
		if (answer.status() != 201) {
			throw new IllegalStateException("no token for " + username + ": " + answer);
		}
		return answer.body().get("token").asString();
	}

	Answer send(String method, String path, String token, Object body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body().isBlank() ? null : json.readTree(response.body()));
	}

	boolean healthy() {
		try {
			return send("GET", "/actuator/health", null, null).status() == 200;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	/** The desk work order of a newly released order (as in {@link ReportFixtures}). */
	JsonNode releasedDesk(String planner, String quantity) throws IOException, InterruptedException {
		Answer customer = send("POST", "/api/customers", planner,
				Map.of("code", "CU-" + System.nanoTime(), "name", "报工客户 Report customer"));
		Map<String, Object> line = Map.of("itemCode", "PRD-DESK-1200", "quantity", quantity);
		Map<String, Object> order = new HashMap<>();
		order.put("customerId", customer.body().get("id").asLong());
		order.put("requestedDate", java.time.LocalDate.now().plusDays(30).toString());
		order.put("priority", "NORMAL");
		order.put("lines", List.of(line));
		JsonNode current = send("POST", "/api/orders", planner, order).body();
		for (String action : List.of("confirm", "release")) {
			Answer moved = send("POST", "/api/orders/" + current.get("id").asLong() + "/" + action, planner,
					Map.of("version", current.get("version").asLong(), "reason", "test"));
			if (moved.status() != 200) {
				throw new IllegalStateException(action + ": " + moved);
			}
			current = moved.body();
		}
		return send("GET", "/api/orders/" + current.get("id").asLong() + "/work-orders", planner, null).body().get(0);
	}
}
