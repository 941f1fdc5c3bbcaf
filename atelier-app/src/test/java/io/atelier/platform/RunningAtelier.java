package io.atelier.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.atelier.AtelierApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A whole Atelier started as its users start it (a real HTTP port), for tests of start-up, restarts and databases. */
final class RunningAtelier implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	RunningAtelier(Map<String, Object> properties) {
		// as command-line arguments, so that they win over application.yml as an operator's settings do
		Map<String, Object> settings = new java.util.HashMap<>(properties);
		settings.put("server.port", 0);
		String[] args = settings.entrySet()
			.stream()
			.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		this.context = new SpringApplicationBuilder(AtelierApplication.class).run(args);
		this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	record Answer(int status, JsonNode body) {
	}

	String token(String username, String password) {
		Answer answer = send("POST", "/api/auth/tokens", null,
				json.writeValueAsString(Map.of("username", username, "password", password)));
		return answer.status() == 201 ? answer.body().get("token").asString() : null;
	}

	Answer send(String method, String path, String token, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode parsed = response.body().isBlank() ? null : json.readTree(response.body());
			return new Answer(response.statusCode(), parsed);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() {
		context.close();
	}
}
