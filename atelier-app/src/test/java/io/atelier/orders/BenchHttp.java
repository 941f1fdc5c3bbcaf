package io.atelier.orders;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed-in API client over real HTTP for the benchmarks (as the web UI and integrations call Atelier), and the
 * figures they print: percentiles and the machine's load.
 */
final class BenchHttp {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final String token;

	BenchHttp(int port, String username) {
		this.base = "http://localhost:" + port;
		Answer signedIn = send("POST", "/api/auth/tokens", Map.of("username", username, "password", "demo"), null);
		if (signedIn.status() != 201) {
			throw new IllegalStateException("cannot sign in " + username + ": " + signedIn.body());
		}
		this.token = json.readTree(signedIn.body()).get("token").asString();
	}

	record Answer(int status, String body, double millis) {
	}

	Answer get(String path) {
		return send("GET", path, null, token);
	}

	Answer post(String path, Object body) {
		return send("POST", path, body, token);
	}

	JsonNode json(Answer answer) {
		return json.readTree(answer.body());
	}

	private Answer send(String method, String path, Object body, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		try {
			long start = System.nanoTime();
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1e6);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The nearest-rank percentile (0–100) of the timings. */
	static double percentile(double[] millis, double p) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
	}

	/** {@code /proc/loadavg}'s 1, 5 and 15 minute load, to print with every figure (the machine is shared). */
	static String load() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return "load average %s %s %s on %d cores".formatted(parts[0], parts[1], parts[2],
					Runtime.getRuntime().availableProcessors());
		}
		catch (IOException ex) {
			return "load average unknown";
		}
	}
}
