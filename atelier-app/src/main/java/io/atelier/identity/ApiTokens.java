package io.atelier.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;

/** Issues, resolves and revokes API bearer tokens. */
@Service
class ApiTokens {

	static final int DEFAULT_DAYS = 30;

	static final int MAX_DAYS = 366;

	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final UserRepository users;

	private final JdbcClient jdbc;

	ApiTokens(ApiTokenRepository tokens, UserRepository users, JdbcClient jdbc) {
		this.tokens = tokens;
		this.users = users;
		this.jdbc = jdbc;
	}

	record Issued(long id, String name, String token, Instant expiresAt) {
	}

	@Transactional
	Issued issue(long userId, String name, Integer expiresInDays) {
		int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
		if (days < 1 || days > MAX_DAYS) {
			throw new RuleViolationException("expiresInDays", "validation.range", 1, MAX_DAYS);
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = "atl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		String label = name == null || name.isBlank() ? "API" : name.trim();
		ApiToken saved = tokens.save(new ApiToken(userId, label, hash(token), Instant.now().plus(Duration.ofDays(days))));
		return new Issued(saved.getId(), saved.getName(), token, saved.getExpiresAt());
	}

	/** The user a presented token stands for, if the token is known, unrevoked and unexpired. */
	@Transactional
	Optional<CurrentUser> resolve(String token) {
		Instant now = Instant.now();
		return tokens.findByTokenHash(hash(token)).filter(t -> t.usable(now)).flatMap(t -> {
			if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
				jdbc.sql("update api_token set last_used_at = :now where id = :id")
					.param("now", java.sql.Timestamp.from(now))
					.param("id", t.getId())
					.update();
			}
			return users.findById(t.getUserId()).map(CurrentUser::of);
		});
	}

	@Transactional(readOnly = true)
	List<ApiToken> of(long userId) {
		return tokens.findByUserIdOrderByCreatedAtDesc(userId);
	}

	/** Revokes a token of the given user; admins may revoke anybody's. */
	@Transactional
	void revoke(long tokenId, CurrentUser caller) {
		ApiToken token = tokens.findById(tokenId)
			.filter(t -> t.getUserId() == caller.id() || caller.hasRole(Role.ADMIN))
			.orElseThrow(() -> new NotFoundException("ApiToken", tokenId));
		token.revoke();
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
