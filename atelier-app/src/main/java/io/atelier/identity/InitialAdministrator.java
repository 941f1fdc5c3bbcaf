package io.atelier.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.atelier.platform.AtelierProperties;

/**
 * On an external database with no users yet (a new production install), creates the first administrator so that
 * somebody can sign in: with {@code ATELIER_ADMIN_PASSWORD} if set, otherwise with a random password written once to the
 * log. Demo accounts are never created there.
 */
@Component
@Order(20)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final AtelierProperties properties;

	private final UserManagement users;

	private final String configuredPassword;

	InitialAdministrator(AtelierProperties properties, UserManagement users,
			@Value("${atelier.admin-password:}") String configuredPassword) {
		this.properties = properties;
		this.users = users;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.evaluationMode() || users.count() > 0) {
			return;
		}
		boolean generated = configuredPassword.isBlank();
		String password = generated ? randomPassword() : configuredPassword;
		users.createIfAbsent("admin", "Administrator", password, Set.of(Role.ADMIN), null, null);
		if (generated) {
			log.warn("Created the first administrator 'admin' with password '{}'. Change it after signing in.", password);
		}
		else {
			log.warn("Created the first administrator 'admin' with the password from ATELIER_ADMIN_PASSWORD.");
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
