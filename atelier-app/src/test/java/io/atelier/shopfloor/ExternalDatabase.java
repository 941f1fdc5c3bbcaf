package io.atelier.shopfloor;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the PostgreSQL service at 127.0.0.1:5432 (user postgres, trust; as ExternalPostgresTests), for
 * tests that need a real server with fsync on or an application in another process. Skips loudly without one.
 */
final class ExternalDatabase implements AutoCloseable {

	static final String HOST = "127.0.0.1";

	static final int PORT = 5432;

	static final String USER = System.getenv().getOrDefault("ATELIER_TEST_PG_USER", "postgres");

	static final String PASSWORD = System.getenv().getOrDefault("ATELIER_TEST_PG_PASSWORD", "");

	final String name = "atelier_sf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	ExternalDatabase() throws SQLException {
		if (!reachable()) {
			System.err.println("""

					****************************************************************************************
					*  SKIPPED: %s needs a PostgreSQL on %s:%d (user %s). None answered.
					****************************************************************************************
					""".formatted(StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
				.getCallerClass()
				.getSimpleName(), HOST, PORT, USER));
			Assumptions.abort("no PostgreSQL on " + HOST + ":" + PORT);
		}
		try (Connection admin = connect("postgres")) {
			admin.createStatement().execute("create database " + name + " encoding 'UTF8' template template0");
		}
	}

	String url() {
		return url(name);
	}

	Connection connect() throws SQLException {
		return connect(name);
	}

	private static Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(url(database), USER, PASSWORD);
	}

	private static String url(String database) {
		return "jdbc:postgresql://%s:%d/%s".formatted(HOST, PORT, database);
	}

	@Override
	public void close() throws SQLException {
		try (Connection admin = connect("postgres")) {
			admin.createStatement().execute("drop database if exists " + name + " with (force)");
		}
	}

	private static boolean reachable() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, PORT), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
