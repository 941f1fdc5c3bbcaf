package io.atelier.identity;

import java.time.Duration;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Lock-out policy: after {@value #MAX_FAILURES} wrong passwords in a row an account is locked for
 * {@link #LOCK_DURATION}; a successful sign-in resets the count. An administrator can unlock earlier.
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	LoginAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		jdbc.sql("""
				update app_user
				   set failed_attempts = failed_attempts + 1,
				       locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
				 where lower(username) = lower(:username)
				""")
			.param("max", MAX_FAILURES)
			.param("until", java.sql.Timestamp.from(Instant.now().plus(LOCK_DURATION)))
			.param("username", String.valueOf(event.getAuthentication().getName()))
			.update();
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where lower(username) = lower(:username) "
				+ "and (failed_attempts > 0 or locked_until is not null)")
			.param("username", event.getAuthentication().getName())
			.update();
	}

	void unlock(long userId) {
		jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = :id").param("id", userId).update();
	}
}
