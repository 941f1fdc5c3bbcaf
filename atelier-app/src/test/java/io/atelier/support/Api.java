package io.atelier.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the REST API the way an integrator does: as a demo user with a bearer token from {@code POST /api/auth/tokens},
 * in a chosen language, with JSON bodies.
 */
@TestComponent
public class Api {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	Api(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A code no other test uses, e.g. {@code WS-T17-3fa2}. */
	public static String unique(String prefix) {
		return prefix + "-T" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 4);
	}

	public JsonMapper json() {
		return json;
	}

	public Caller as(String username) {
		return new Caller(tokens.computeIfAbsent(username, this::tokenFor), "en");
	}

	/**
	 * A new user with these roles (password {@value #NEW_USER_PASSWORD}), made by the demo admin, e.g. a second planner;
	 * call them with {@link #as(String)}.
	 */
	public String newUser(String... roles) {
		String username = unique("user").toLowerCase();
		Response created = as("admin").post("/api/users", Map.of("username", username, "displayName", username,
				"roles", java.util.List.of(roles), "password", NEW_USER_PASSWORD));
		if (created.status() != 201) {
			throw new IllegalStateException("cannot create " + username + ": " + created.body());
		}
		tokens.put(username, tokenFor(username, NEW_USER_PASSWORD));
		return username;
	}

	private static final String NEW_USER_PASSWORD = "test-user-1";

	public Caller anonymous() {
		return new Caller(null, "en");
	}

	private String tokenFor(String username) {
		return tokenFor(username, "demo");
	}

	private String tokenFor(String username, String password) {
		Response response = anonymous().post("/api/auth/tokens", Map.of("username", username, "password", password));
		if (response.status() != 201) {
			throw new IllegalStateException("cannot get a token for " + username + ": " + response.body());
		}
		return response.json().get("token").asString();
	}

	/** The answer to one call: status, headers and body. */
	public record Response(int status, String body, MvcResult result, JsonMapper mapper) {

		public JsonNode json() {
			return mapper.readTree(body);
		}

		public String header(String name) {
			return result.getResponse().getHeader(name);
		}

		public byte[] bytes() {
			return result.getResponse().getContentAsByteArray();
		}

		/** The message the problem body gives for a field, or null. */
		public String fieldError(String field) {
			for (JsonNode error : json().path("errors")) {
				if (field.equals(error.path("field").asString())) {
					return error.path("message").asString();
				}
			}
			return null;
		}
	}

	/** One caller: a token (or none) and a language. */
	public final class Caller {

		private final String token;

		private final String language;

		private final Map<String, String> headers = new ConcurrentHashMap<>();

		Caller(String token, String language) {
			this.token = token;
			this.language = language;
		}

		public Caller inChinese() {
			return new Caller(token, "zh-CN");
		}

		public Caller withHeader(String name, String value) {
			Caller copy = new Caller(token, language);
			copy.headers.putAll(headers);
			copy.headers.put(name, value);
			return copy;
		}

		public Response get(String path) {
			return perform(MockMvcRequestBuilders.get(path));
		}

		public Response post(String path, Object body) {
			return perform(withJson(MockMvcRequestBuilders.post(path), body));
		}

		public Response put(String path, Object body) {
			return perform(withJson(MockMvcRequestBuilders.put(path), body));
		}

		public Response delete(String path) {
			return perform(MockMvcRequestBuilders.delete(path));
		}

		public Response upload(String path, String fileName, byte[] content) {
			return perform(MockMvcRequestBuilders.multipart(path)
				.file(new MockMultipartFile("file", fileName, "application/octet-stream", content)));
		}

		public Response send(AbstractMockHttpServletRequestBuilder<?> request) {
			return perform(request);
		}

		private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
			String content = body instanceof String text ? text : json.writeValueAsString(body);
			return request.contentType(MediaType.APPLICATION_JSON).content(content);
		}

		private Response perform(AbstractMockHttpServletRequestBuilder<?> request) {
			request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
			headers.forEach(request::header);
			if (token != null) {
				request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			}
			try {
				MvcResult result = mvc.perform(request).andReturn();
				return new Response(result.getResponse().getStatus(),
						result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), result, json);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
	}
}
