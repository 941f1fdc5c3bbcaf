package io.atelier.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started Atelier when it is really ready: after start-up work such as loading the demo factory,
 * which Spring Boot's own "Started" line comes before.
 */
@Component
class ReadyMessage {

	private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

	private final Environment environment;

	ReadyMessage(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		log.info("Atelier is ready on http://localhost:{}", environment.getProperty("local.server.port", "8080"));
	}
}
