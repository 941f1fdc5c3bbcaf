package io.atelier.live;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.atelier.identity.CurrentUser;
import io.atelier.identity.Role;

/**
 * Opens a signed-in user's stream of live changes (docs/shopfloor.md, "Live progress"): staff hear of every change, a
 * customer user only of their own customer's orders (one without a customer hears nothing but heartbeats).
 */
@Service
public class LiveStream {

	private final LiveConnections connections;

	LiveStream(LiveConnections connections) {
		this.connections = connections;
	}

	/**
	 * A new stream for this user.
	 * @throws TooManyStreamsException when the user has {@code atelier.live.max-streams-per-user} open already
	 */
	public SseEmitter open(CurrentUser user) {
		boolean staff = user.roles().stream().anyMatch(role -> role != Role.CUSTOMER);
		Optional<Long> customer = staff ? Optional.empty()
				: Optional.of(user.customerId() == null ? -1L : user.customerId());
		try {
			return connections.open(user.username(), customer);
		}
		catch (LiveConnections.TooManyStreams ex) {
			throw new TooManyStreamsException(ex.limit);
		}
	}

	/** The user has as many streams open on this node as they may. */
	public static final class TooManyStreamsException extends RuntimeException {

		private final int limit;

		TooManyStreamsException(int limit) {
			super("too many live streams", null, false, false);
			this.limit = limit;
		}

		public int limit() {
			return limit;
		}
	}
}
