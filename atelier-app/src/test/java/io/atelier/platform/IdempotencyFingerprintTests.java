package io.atelier.platform;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprint of a remembered request (Idempotency-Key) never holds a password: a receipt confirmed with the
 * receiver's password (docs/shopfloor.md, "Handovers") must not leave a fast hash of it in the database.
 */
class IdempotencyFingerprintTests {

	@Test
	void aPasswordAnywhereInAJsonBodyIsLeftOutOfTheFingerprint() {
		byte[] one = IdempotentRequests.withoutSecrets(bytes("""
				{"countedQuantity": 5, "password": "demo", "nested": {"PIN": "1234", "note": "ok"}}"""),
				"application/json");
		byte[] other = IdempotentRequests.withoutSecrets(bytes("""
				{"countedQuantity": 5, "password": "secret", "nested": {"PIN": "9999", "note": "ok"}}"""),
				"application/json;charset=UTF-8");

		assertThat(new String(one, StandardCharsets.UTF_8)).doesNotContain("demo", "1234", "password")
			.contains("countedQuantity", "note");
		assertThat(one).isEqualTo(other);
	}

	@Test
	void everythingElseStillTellsTwoRequestsApart() {
		byte[] five = IdempotentRequests.withoutSecrets(bytes("{\"countedQuantity\": 5, \"password\": \"demo\"}"),
				"application/json");
		byte[] six = IdempotentRequests.withoutSecrets(bytes("{\"countedQuantity\": 6, \"password\": \"demo\"}"),
				"application/json");
		assertThat(five).isNotEqualTo(six);
		// not JSON: kept as sent
		assertThat(IdempotentRequests.withoutSecrets(bytes("password=demo"), "text/plain"))
			.isEqualTo(bytes("password=demo"));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
