package io.atelier.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The browsers connected to this node: each stream, whose it is and what it may see. A change goes to every stream
 * that may see it; a comment every 15 seconds keeps idle connections (and the proxies between) open.
 */
@Component
class LiveConnections {

	private static final Logger log = LoggerFactory.getLogger(LiveConnections.class);

	/** How long a stream lives before the browser reconnects (and refreshes): sessions and roles are checked anew. */
	static final Duration LIFETIME = Duration.ofMinutes(30);

	/** The browser's reconnection delay after a stream ends. */
	private static final long RETRY_MILLIS = 2_000;

	/** One stream: {@code customer} is empty for staff, else the only customer whose orders it shows. */
	record Connection(String user, Optional<Long> customer, SseEmitter emitter) {

		boolean maySee(LiveChange change) {
			return customer.isEmpty() || (!change.staffOnly() && customer.get() == change.customerId());
		}
	}

	/** A user has as many streams open as they may. */
	static final class TooManyStreams extends RuntimeException {

		final int limit;

		TooManyStreams(int limit) {
			super(null, null, false, false);
			this.limit = limit;
		}
	}

	private final Set<Connection> connections = ConcurrentHashMap.newKeySet();

	private final int perUser;

	private final JsonMapper json = JsonMapper.builder().build();

	LiveConnections(@Value("${atelier.live.max-streams-per-user:10}") int perUser) {
		this.perUser = perUser;
	}

	synchronized SseEmitter open(String user, Optional<Long> customer) {
		if (connections.stream().filter(c -> c.user().equals(user)).count() >= perUser) {
			throw new TooManyStreams(perUser);
		}
		SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
		Connection connection = new Connection(user, customer, emitter);
		connections.add(connection);
		emitter.onCompletion(() -> connections.remove(connection));
		emitter.onTimeout(() -> connections.remove(connection));
		emitter.onError(ex -> connections.remove(connection));
		send(connection, SseEmitter.event().name("ready").reconnectTime(RETRY_MILLIS).data("{}", MediaType.APPLICATION_JSON));
		return emitter;
	}

	int size() {
		return connections.size();
	}

	void deliver(LiveChange change) {
		String data = json.writeValueAsString(change.sent());
		connections.stream()
			.filter(c -> c.maySee(change))
			.forEach(c -> send(c, SseEmitter.event().name("progress").data(data, MediaType.APPLICATION_JSON)));
	}

	/** Changes may have been missed (the node lost its database connection): every browser refreshes in full. */
	void resync() {
		connections.forEach(c -> send(c, SseEmitter.event().name("resync").data("{}", MediaType.APPLICATION_JSON)));
	}

	/** Ends every stream (the node shuts down): the browsers reconnect, to another node behind the load balancer. */
	void closeAll() {
		connections.forEach(c -> {
			connections.remove(c);
			c.emitter().complete();
		});
	}

	@Scheduled(fixedRateString = "${atelier.live.heartbeat:15s}")
	void heartbeat() {
		connections.forEach(c -> send(c, SseEmitter.event().comment("heartbeat")));
	}

	private void send(Connection connection, SseEmitter.SseEventBuilder event) {
		try {
			connection.emitter().send(event);
		}
		catch (IOException | IllegalStateException ex) {
			// the browser went away: its stream ends here, and the browser (if still there) reconnects
			log.debug("live stream of {} closed: {}", connection.user(), ex.toString());
			connections.remove(connection);
			connection.emitter().complete();
		}
	}
}
