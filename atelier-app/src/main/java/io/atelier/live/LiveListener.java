package io.atelier.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * This node's ear on {@value LiveNotifier#CHANNEL}: one dedicated database connection (not one of the pool's) that
 * {@code LISTEN}s and hands every notification to the browsers connected here. When the connection breaks it is opened
 * again (1, 2, 4 … up to 10 seconds apart) and the browsers are told to refresh in full, since changes committed
 * meanwhile were not heard.
 */
@Component
class LiveListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveListener.class);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

	private final DataSource dataSource;

	private final LiveConnections connections;

	private final JsonMapper json = JsonMapper.builder().build();

	private volatile boolean running;

	private volatile boolean listening;

	private volatile Thread thread;

	private volatile Connection connection;

	LiveListener(DataSource dataSource, LiveConnections connections) {
		this.dataSource = dataSource;
		this.connections = connections;
	}

	@Override
	public void start() {
		running = true;
		thread = Thread.ofPlatform().daemon().name("atelier-live-listener").start(this::listen);
	}

	@Override
	public void stop() {
		running = false;
		// before the web server's graceful shutdown, which would otherwise wait for the open streams to end
		connections.closeAll();
		closeQuietly(connection);
		Thread listener = thread;
		if (listener != null) {
			listener.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Whether the node listens now (false while it reconnects). */
	boolean listening() {
		return listening;
	}

	/** Closes the connection as a network failure would (for the reconnection test). */
	void dropConnection() {
		closeQuietly(connection);
	}

	private void listen() {
		long backoff = 1_000;
		boolean first = true;
		while (running) {
			try (Connection open = connect(); Statement statement = open.createStatement()) {
				connection = open;
				statement.execute("LISTEN " + LiveNotifier.CHANNEL);
				listening = true;
				backoff = 1_000;
				if (!first) {
					connections.resync();
				}
				first = false;
				PGConnection pg = open.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = pg.getNotifications(5_000);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							deliver(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				listening = false;
				if (!running) {
					return;
				}
				log.warn("live progress: lost the database connection ({}), listening again in {} ms", ex.toString(),
						backoff);
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
				backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
			}
		}
		listening = false;
	}

	private void deliver(String payload) {
		try {
			connections.deliver(json.readValue(payload, LiveChange.class));
		}
		catch (RuntimeException ex) {
			log.warn("live progress: could not deliver {}: {}", payload, ex.toString());
		}
	}

	/** Its own connection, outside the pool: it is held for the node's lifetime. */
	private Connection connect() throws SQLException {
		if (dataSource instanceof HikariDataSource hikari) {
			Properties login = new Properties();
			if (hikari.getUsername() != null) {
				login.setProperty("user", hikari.getUsername());
			}
			if (hikari.getPassword() != null) {
				login.setProperty("password", hikari.getPassword());
			}
			return DriverManager.getConnection(hikari.getJdbcUrl(), login);
		}
		return dataSource.getConnection();
	}

	private static void closeQuietly(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// closing a broken connection: nothing more to do
		}
	}
}
