package io.atelier.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import io.atelier.shared.web.ProblemWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code Idempotency-Key} for writes a client may retry (API.md): the first request with a key is carried out and its
 * answer kept for a day; a retry with the same key and the same request gets that answer again (with
 * {@code Idempotent-Replayed: true}) instead of doing the work twice; the same key with a different request is refused
 * (422), and so is a retry while the first is still running (409). Keys are per user. Answers of 5xx are not kept, so
 * such a request may be retried for real.
 */
@Component
class IdempotentRequests extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final int MAX_KEY_LENGTH = 100;

	private final JdbcClient jdbc;

	private final ProblemWriter problems;

	IdempotentRequests(JdbcClient jdbc, ProblemWriter problems) {
		this.jdbc = jdbc;
		this.problems = problems;
	}

	record Stored(String fingerprint, Integer status, String contentType, byte[] body) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader(HEADER) == null || !WRITES.contains(request.getMethod())
				|| !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		String key = request.getHeader(HEADER).trim();
		if (caller == null || !caller.isAuthenticated() || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
			chain.doFilter(request, response);
			return;
		}
		String owner = caller.getName();
		MessageDigest digest = sha256();
		digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString())
			.getBytes(StandardCharsets.UTF_8));
		HttpServletRequest body = readBody(request, digest);
		String fingerprint = HexFormat.of().formatHex(digest.digest());

		if (!claim(owner, key, fingerprint)) {
			replay(owner, key, fingerprint, request, response);
			return;
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean completed = false;
		try {
			chain.doFilter(body, recorded);
			completed = recorded.getStatus() < 500;
		}
		finally {
			if (completed) {
				jdbc.sql("""
						update idempotent_request set status = :status, content_type = :contentType, body = :body
						 where owner = :owner and key = :key
						""")
					.param("status", recorded.getStatus())
					.param("contentType", recorded.getContentType())
					.param("body", recorded.getContentAsByteArray())
					.param("owner", owner)
					.param("key", key)
					.update();
			}
			else {
				jdbc.sql("delete from idempotent_request where owner = :owner and key = :key")
					.param("owner", owner)
					.param("key", key)
					.update();
			}
			recorded.copyBodyToResponse();
		}
	}

	/** True when this is the first request with the key; the row marks it as running. */
	private boolean claim(String owner, String key, String fingerprint) {
		return jdbc.sql("""
				insert into idempotent_request (owner, key, fingerprint, created_at) values (:owner, :key, :fingerprint, now())
				on conflict (owner, key) do nothing
				""").param("owner", owner).param("key", key).param("fingerprint", fingerprint).update() == 1;
	}

	private void replay(String owner, String key, String fingerprint, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Optional<Stored> stored = jdbc
			.sql("select fingerprint, status, content_type, body from idempotent_request where owner = :owner and key = :key")
			.param("owner", owner)
			.param("key", key)
			.query((rs, row) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4)))
			.optional();
		if (stored.isEmpty()) {
			problems.write(request, response, HttpStatus.CONFLICT, "idempotency-running");
		}
		else if (!stored.get().fingerprint().equals(fingerprint)) {
			problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-mismatch");
		}
		else if (stored.get().status() == null) {
			problems.write(request, response, HttpStatus.CONFLICT, "idempotency-running");
		}
		else {
			response.setStatus(stored.get().status());
			if (stored.get().contentType() != null) {
				response.setContentType(stored.get().contentType());
			}
			response.setHeader("Idempotent-Replayed", "true");
			response.getOutputStream().write(stored.get().body() == null ? new byte[0] : stored.get().body());
		}
	}

	/** Fields never kept, not even hashed: a password re-entered to confirm a receipt (docs/shopfloor.md). */
	private static final Set<String> SECRETS = Set.of("password", "pin");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * What of a body goes into its fingerprint: a JSON body without its secret fields, so that the table of
	 * remembered requests holds no hash a password could be guessed against (an unsalted SHA-256 is fast to try).
	 * A retry sends the same secret anyway; a different one under the same key is a new attempt and needs a new key.
	 */
	static byte[] withoutSecrets(byte[] bytes, String contentType) {
		if (contentType == null || !contentType.toLowerCase().contains("json") || bytes.length == 0) {
			return bytes;
		}
		try {
			JsonNode tree = JSON.readTree(bytes);
			removeSecrets(tree);
			return JSON.writeValueAsBytes(tree);
		}
		catch (JacksonException unreadable) {
			return bytes; // not JSON after all: the request will be refused as malformed anyway
		}
	}

	private static void removeSecrets(JsonNode node) {
		if (node instanceof ObjectNode object) {
			object.propertyNames()
				.stream()
				.filter(name -> SECRETS.contains(name.toLowerCase()))
				.toList()
				.forEach(object::remove);
		}
		node.forEach(IdempotentRequests::removeSecrets);
	}

	/** Reads the body into the fingerprint and hands on a request whose body can still be read. */
	private static HttpServletRequest readBody(HttpServletRequest request, MessageDigest digest)
			throws IOException, ServletException {
		String contentType = request.getContentType();
		if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
			for (Part part : request.getParts()) {
				digest.update(part.getName().getBytes(StandardCharsets.UTF_8));
				try (var content = part.getInputStream()) {
					digest.update(content.readAllBytes());
				}
			}
			return request;
		}
		byte[] bytes = request.getInputStream().readAllBytes();
		digest.update(withoutSecrets(bytes, contentType));
		return new HttpServletRequestWrapper(request) {
			@Override
			public ServletInputStream getInputStream() {
				ByteArrayInputStream in = new ByteArrayInputStream(bytes);
				return new ServletInputStream() {
					@Override
					public int read() {
						return in.read();
					}

					@Override
					public int read(byte[] b, int off, int len) {
						return in.read(b, off, len);
					}

					@Override
					public boolean isFinished() {
						return in.available() == 0;
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setReadListener(ReadListener listener) {
						throw new UnsupportedOperationException();
					}
				};
			}
		};
	}

	/** Kept answers expire after a day; any node may do this, the delete is the same wherever it runs. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldAnswers() {
		jdbc.sql("delete from idempotent_request where created_at < now() - interval '24 hours'").update();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
